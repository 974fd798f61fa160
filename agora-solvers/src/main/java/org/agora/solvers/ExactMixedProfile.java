package org.agora.solvers;

import java.util.Arrays;
import org.agora.core.Rational;

/**
 * A mixed-strategy profile with exact rational probabilities, as found by the exact solvers. It
 * prints as Gambit does: {@code NE,1/2,1/2,1/3,2/3} lists every player's probabilities in order.
 */
public final class ExactMixedProfile {

  private final Rational[][] strategies;

  private ExactMixedProfile(Rational[][] strategies) {
    this.strategies = strategies;
  }

  /**
   * A profile from exact per-player distributions.
   *
   * @throws IllegalArgumentException if an entry is negative or a distribution does not sum to 1
   */
  public static ExactMixedProfile of(Rational[]... strategies) {
    Rational[][] copy = new Rational[strategies.length][];
    for (int p = 0; p < strategies.length; p++) {
      copy[p] = strategies[p].clone();
      Rational sum = Rational.ZERO;
      for (Rational value : copy[p]) {
        if (value.signum() < 0) {
          throw new IllegalArgumentException("player " + p + " has probability " + value);
        }
        sum = sum.add(value);
      }
      if (!sum.equals(Rational.ONE)) {
        throw new IllegalArgumentException("player " + p + "'s probabilities sum to " + sum + ", not 1");
      }
    }
    return new ExactMixedProfile(copy);
  }

  public int playerCount() {
    return strategies.length;
  }

  /** Number of pure strategies of {@code player} in this profile. */
  public int strategyCount(int player) {
    return strategies[player].length;
  }

  /** A copy of player p's distribution. */
  public Rational[] strategy(int player) {
    return strategies[player].clone();
  }

  public Rational probability(int player, int strategy) {
    return strategies[player][strategy];
  }

  /** Indices of the strategies player p plays with positive probability. */
  public int[] support(int player) {
    return java.util.stream.IntStream.range(0, strategies[player].length)
        .filter(s -> strategies[player][s].signum() > 0).toArray();
  }

  /** The nearest floating-point profile. */
  public MixedProfile toDouble() {
    double[][] values = new double[strategies.length][];
    for (int p = 0; p < strategies.length; p++) {
      values[p] = new double[strategies[p].length];
      for (int s = 0; s < values[p].length; s++) {
        values[p][s] = strategies[p][s].doubleValue();
      }
    }
    return MixedProfile.of(values);
  }

  /** Gambit's line format: {@code NE,} followed by all probabilities, player by player. */
  public String toGambitLine() {
    StringBuilder out = new StringBuilder("NE");
    for (Rational[] strategy : strategies) {
      for (Rational value : strategy) {
        out.append(',').append(value);
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExactMixedProfile other && Arrays.deepEquals(strategies, other.strategies);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(strategies);
  }

  @Override
  public String toString() {
    return toGambitLine();
  }
}
