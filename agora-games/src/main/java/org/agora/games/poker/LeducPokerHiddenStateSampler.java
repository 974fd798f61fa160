package org.agora.games.poker;

import java.util.random.RandomGenerator;
import org.agora.core.HiddenStateSampler;
import org.agora.core.State;

/**
 * Resamples the private cards a Leduc poker player cannot see: the other dealt private cards are
 * drawn uniformly without replacement from the deck minus the player's own card and the public card,
 * which is the posterior of the deal given what the player saw when the opponents' bets are taken as
 * uninformative (no opponent model). The public card and the betting are kept, so the player's key
 * and legal actions are unchanged.
 */
final class LeducPokerHiddenStateSampler implements HiddenStateSampler {

  @Override
  public State sample(State state, int player, RandomGenerator random) {
    return ((LeducPokerState) state).resample(player, random);
  }
}
