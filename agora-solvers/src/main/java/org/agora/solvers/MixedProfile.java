package org.agora.solvers;

import java.util.Arrays;
import org.agora.core.normalform.NormalFormGame;

/**
 * A mixed-strategy profile of a normal-form game in floating point: {@code strategy(p)[s]} is the
 * probability that player p plays pure strategy s. Arrays are copied in and out; the record is
 * immutable.
 */
public final class MixedProfile {

  private final double[][] strategies;

  private MixedProfile(double[][] strategies) {
    this.strategies = strategies;
  }

  /**
   * A profile from per-player distributions.
   *
   * @throws IllegalArgumentException if a distribution has a negative or non-finite entry or does
   *     not sum to 1 within {@code 1e-9}
   */
  public static MixedProfile of(double[]... strategies) {
    double[][] copy = new double[strategies.length][];
    for (int p = 0; p < strategies.length; p++) {
      copy[p] = strategies[p].clone();
      double sum = 0.0;
      for (double value : copy[p]) {
        if (!(value >= 0.0) || !Double.isFinite(value)) {
          throw new IllegalArgumentException("player " + p + " has probability " + value + " in " + Arrays.toString(copy[p]));
        }
        sum += value;
      }
      if (Math.abs(sum - 1.0) > 1e-9) {
        throw new IllegalArgumentException("player " + p + "'s probabilities sum to " + sum + ", not 1");
      }
    }
    return new MixedProfile(copy);
  }

  /** The profile in which every player mixes uniformly over its strategies. */
  public static MixedProfile uniform(NormalFormGame game) {
    double[][] strategies = new double[game.playerCount()][];
    for (int p = 0; p < strategies.length; p++) {
      strategies[p] = new double[game.strategyCount(p)];
      Arrays.fill(strategies[p], 1.0 / strategies[p].length);
    }
    return new MixedProfile(strategies);
  }

  /** The pure profile {@code pure[p]} for each player p. */
  public static MixedProfile pure(NormalFormGame game, int... pure) {
    double[][] strategies = new double[game.playerCount()][];
    for (int p = 0; p < strategies.length; p++) {
      strategies[p] = new double[game.strategyCount(p)];
      strategies[p][pure[p]] = 1.0;
    }
    return new MixedProfile(strategies);
  }

  /** Number of players. */
  public int playerCount() {
    return strategies.length;
  }

  /** Number of pure strategies of {@code player} in this profile. */
  public int strategyCount(int player) {
    return strategies[player].length;
  }

  /** A copy of player p's distribution. */
  public double[] strategy(int player) {
    return strategies[player].clone();
  }

  /** Probability that {@code player} plays {@code strategy}. */
  public double probability(int player, int strategy) {
    return strategies[player][strategy];
  }

  /** Number of strategies player p plays with probability above {@code tolerance}. */
  public int supportSize(int player, double tolerance) {
    int size = 0;
    for (double value : strategies[player]) {
      if (value > tolerance) {
        size++;
      }
    }
    return size;
  }

  /** True when every probability is within {@code tolerance} of the other profile's. */
  public boolean isCloseTo(MixedProfile other, double tolerance) {
    if (other.strategies.length != strategies.length) {
      return false;
    }
    for (int p = 0; p < strategies.length; p++) {
      if (other.strategies[p].length != strategies[p].length) {
        return false;
      }
      for (int s = 0; s < strategies[p].length; s++) {
        if (Math.abs(other.strategies[p][s] - strategies[p][s]) > tolerance) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MixedProfile other && Arrays.deepEquals(strategies, other.strategies);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(strategies);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < strategies.length; p++) {
      out.append(p == 0 ? "" : " ").append(Arrays.toString(strategies[p]));
    }
    return out.toString();
  }
}
