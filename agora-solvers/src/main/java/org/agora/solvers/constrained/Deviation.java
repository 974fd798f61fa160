package org.agora.solvers.constrained;

import java.util.Arrays;
import java.util.Objects;
import org.agora.core.normalform.NormalFormGame;

/**
 * One deviation of a finite Phi set (Bernasconi et al., "Constrained Phi-Equilibria", ICML 2023):
 * a linear map of player {@code player}'s mixed strategies, given by the distribution
 * {@code map[s]} the player plays instead when told to play strategy s. A pure swap function maps
 * every s to one strategy; a constant map (the same row for every s) is a coarse deviation.
 *
 * @param player the deviating player
 * @param map one row per own strategy, each a probability distribution over the own strategies
 */
public record Deviation(int player, double[][] map) {

  /** Tolerance of the row sums. */
  private static final double ROW_SUM_TOLERANCE = 1e-9;

  /** Validates and copies. */
  public Deviation {
    if (player < 0) {
      throw new IllegalArgumentException("player must be >= 0, got " + player);
    }
    Objects.requireNonNull(map, "map");
    if (map.length == 0) {
      throw new IllegalArgumentException("a deviation needs one row per strategy, got none");
    }
    double[][] copy = new double[map.length][];
    for (int s = 0; s < map.length; s++) {
      if (map[s].length != map.length) {
        throw new IllegalArgumentException("deviation row " + s + " has " + map[s].length + " entries; expected "
            + map.length + " (one per strategy)");
      }
      double sum = 0.0;
      for (double probability : map[s]) {
        if (!(probability >= 0.0) || !Double.isFinite(probability)) {
          throw new IllegalArgumentException("deviation row " + s + " has the entry " + probability
              + "; entries are probabilities in [0, 1]");
        }
        sum += probability;
      }
      if (Math.abs(sum - 1.0) > ROW_SUM_TOLERANCE) {
        throw new IllegalArgumentException("deviation row " + s + " sums to " + sum + "; rows are distributions");
      }
      copy[s] = map[s].clone();
    }
    map = copy;
  }

  /**
   * The pure swap function playing {@code targets[s]} when told s.
   *
   * @throws IllegalArgumentException if a target is outside {@code [0, targets.length)}
   */
  public static Deviation swap(int player, int... targets) {
    double[][] map = new double[targets.length][targets.length];
    for (int s = 0; s < targets.length; s++) {
      if (targets[s] < 0 || targets[s] >= targets.length) {
        throw new IllegalArgumentException("deviation target " + targets[s] + " for strategy " + s
            + " is not a strategy (0 to " + (targets.length - 1) + ")");
      }
      map[s][targets[s]] = 1.0;
    }
    return new Deviation(player, map);
  }

  /** The constant deviation to {@code target}, whatever the recommendation. */
  public static Deviation constant(int player, int strategies, int target) {
    int[] targets = new int[strategies];
    Arrays.fill(targets, target);
    return swap(player, targets);
  }

  @Override
  public double[][] map() {
    double[][] copy = new double[map.length][];
    for (int s = 0; s < map.length; s++) {
      copy[s] = map[s].clone();
    }
    return copy;
  }

  /** The probability of playing {@code target} when told {@code recommended}. */
  public double probability(int recommended, int target) {
    return map[recommended][target];
  }

  /** The number of own strategies. */
  public int strategies() {
    return map.length;
  }

  /**
   * Checks the deviation fits {@code game}.
   *
   * @throws IllegalArgumentException naming the player and the expected size
   */
  public void check(NormalFormGame game) {
    if (player >= game.playerCount()) {
      throw new IllegalArgumentException("deviation of player " + player + ", but the game has "
          + game.playerCount() + " players (0 to " + (game.playerCount() - 1) + ")");
    }
    if (map.length != game.strategyCount(player)) {
      throw new IllegalArgumentException("deviation of player " + player + " has " + map.length
          + " rows; the player has " + game.strategyCount(player) + " strategies");
    }
  }

  /**
   * The expected player-local cost after deviating, when it is the same whatever the
   * recommendation ({@code sum_t map[s][t] c(t)} equal for every s, as for constant maps); NaN when
   * it depends on the recommendation (then on the distribution's marginal) or the cost is joint.
   */
  public double deviatedLocalCost(CostConstraint constraint) {
    if (!constraint.local()) {
      return Double.NaN;
    }
    double[] costs = constraint.costs();
    double first = Double.NaN;
    for (int s = 0; s < map.length; s++) {
      double cost = 0.0;
      for (int t = 0; t < map.length; t++) {
        cost += map[s][t] * costs[t];
      }
      if (s == 0) {
        first = cost;
      } else if (Math.abs(cost - first) > 1e-12 * Math.max(1.0, Math.abs(first))) {
        return Double.NaN;
      }
    }
    return first;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Deviation other && player == other.player && Arrays.deepEquals(map, other.map);
  }

  @Override
  public int hashCode() {
    return 31 * player + Arrays.deepHashCode(map);
  }

  @Override
  public String toString() {
    return "Deviation[player=" + player + ", map=" + Arrays.deepToString(map) + "]";
  }
}
