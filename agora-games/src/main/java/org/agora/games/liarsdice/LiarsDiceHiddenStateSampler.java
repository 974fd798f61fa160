package org.agora.games.liarsdice;

import java.util.random.RandomGenerator;
import org.agora.core.HiddenStateSampler;
import org.agora.core.State;

/**
 * Resamples the dice a Liar's Dice player cannot see: every other rolled die is drawn again uniformly
 * and independently, which is the posterior given the player's own dice when the bids are taken as
 * uninformative (no opponent model). The player's dice and the bids are kept, so the player's key and
 * legal actions are unchanged.
 */
final class LiarsDiceHiddenStateSampler implements HiddenStateSampler {

  @Override
  public State sample(State state, int player, RandomGenerator random) {
    return ((LiarsDiceState) state).resample(player, random);
  }
}
