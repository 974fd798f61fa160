package org.agora.core.solve;

import java.util.List;

/**
 * A distribution over pure profiles (a correlated equilibrium, or the empirical joint play of a
 * learning dynamics).
 *
 * @param entries profiles with probability above 1e-12, in the order of the game's payoff tensor
 * @param payoffs each player's expected payoff under the whole distribution
 * @param welfare the sum of the expected payoffs
 */
public record JointDistribution(List<Entry> entries, double[] payoffs, double welfare) {

  public JointDistribution {
    entries = List.copyOf(entries);
  }

  /**
   * One pure profile and its probability.
   *
   * @param strategies each player's strategy name
   * @param probability the profile's probability
   */
  public record Entry(List<String> strategies, double probability) {

    public Entry {
      strategies = List.copyOf(strategies);
    }
  }
}
