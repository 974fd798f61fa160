package org.agora.games.poker;

import java.util.random.RandomGenerator;
import org.agora.core.HiddenStateSampler;
import org.agora.core.State;

/**
 * Resamples the cards a Kuhn poker player cannot see: the other dealt cards are drawn uniformly
 * without replacement from the deck minus the player's own card, which is the posterior of the deal
 * given the player's card when the opponents' bets are taken as uninformative (no opponent model).
 * The betting and the player's card are kept, so the player's key and legal actions are unchanged.
 */
final class KuhnPokerHiddenStateSampler implements HiddenStateSampler {

  @Override
  public State sample(State state, int player, RandomGenerator random) {
    return ((KuhnPokerState) state).resample(player, random);
  }
}
