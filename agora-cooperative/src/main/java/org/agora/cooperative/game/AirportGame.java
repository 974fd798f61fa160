package org.agora.cooperative.game;

import java.util.Arrays;
import java.util.StringJoiner;
import org.agora.cooperative.CoalitionGame;

/**
 * The airport game of Littlechild and Owen ("A simple expression for the Shapley value in a special
 * case", Management Science 20(3), 1973): player i needs a runway of cost {@code c_i}, and a
 * coalition pays for the longest runway any member needs.
 *
 * <p>Sign convention: this is the <em>cost game</em>, {@code v(S) = c(S) = max_{i in S} c_i}
 * ({@code v(∅) = 0}), so Shapley values are the (positive) cost shares; with costs sorted
 * ascending, {@code phi_i = sum_{k<=i} (c_k - c_{k-1}) / (n - k + 1)}. Negate for the savings view.
 */
public final class AirportGame implements CoalitionGame {

  private final double[] costs;

  /** @param costs each player's runway cost, in player order (not necessarily sorted); 1 to 62 players */
  public AirportGame(double[] costs) {
    if (costs.length < 1 || costs.length > MAX_PLAYERS) {
      throw new IllegalArgumentException("airport: needs 1 to " + MAX_PLAYERS + " costs, not " + costs.length);
    }
    for (double cost : costs) {
      if (!Double.isFinite(cost) || cost < 0) {
        throw new IllegalArgumentException("airport: cost " + cost + " is not a finite non-negative number");
      }
    }
    this.costs = costs.clone();
  }

  /** The Littlechild–Owen closed form of the Shapley values (cost shares), in player order. */
  public double[] littlechildOwenShares() {
    int n = costs.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(costs[a], costs[b]));
    double[] shares = new double[n];
    double share = 0;
    double previous = 0;
    for (int k = 0; k < n; k++) {
      double cost = costs[order[k]];
      share += (cost - previous) / (n - k);
      previous = cost;
      shares[order[k]] = share;
    }
    return shares;
  }

  @Override
  public int playerCount() {
    return costs.length;
  }

  @Override
  public double value(long coalition) {
    double max = 0;
    long rest = coalition;
    while (rest != 0) {
      int i = Long.numberOfTrailingZeros(rest);
      rest &= rest - 1;
      if (costs[i] > max) {
        max = costs[i];
      }
    }
    return max;
  }

  @Override
  public String describe() {
    StringJoiner joiner = new StringJoiner(";", "airport(costs=", ")");
    for (double cost : costs) {
      joiner.add(Numbers.format(cost));
    }
    return joiner.toString();
  }
}
