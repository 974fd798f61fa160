package org.agora.cooperative.game;

import java.util.SplittableRandom;
import org.agora.cooperative.CoalitionGame;

/**
 * Seeded random games for tests, benchmarks and error-versus-budget curves, and the three named
 * games the curves are drawn on: {@link #randomTable(int, long) a 10-player random table game},
 * {@link #randomUnanimity(int, int, long) a 12-player sum of unanimity games} and {@link
 * #randomVoting(int, long) a 15-player weighted voting game}.
 */
public final class SyntheticGames {

  private SyntheticGames() {}

  /** The three curve games, in order: {@code table-10}, {@code unanimity-12}, {@code voting-15}. */
  public static CoalitionGame[] curveGames() {
    return new CoalitionGame[] {randomTable(10, 1), randomUnanimity(12, 30, 2), randomVoting(15, 3)};
  }

  /** The names of {@link #curveGames()}. */
  public static String[] curveGameNames() {
    return new String[] {"table-10", "unanimity-12", "voting-15"};
  }

  /**
   * A table game with {@code v(∅) = 0} and {@code v(S) = |S| + U(S)}, U(S) independent uniform in
   * [0, 1): roughly additive with idiosyncratic noise on every coalition.
   */
  public static TableGame randomTable(int players, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[1 << players];
    for (int mask = 1; mask < values.length; mask++) {
      values[mask] = Integer.bitCount(mask) + random.nextDouble();
    }
    return new TableGame(players, values, "random-table(players=" + players + ",seed=" + seed + ")");
  }

  /**
   * A sum of {@code terms} unanimity games on random carriers (each player in a carrier with
   * probability 1/3, at least one member) with coefficients uniform in [-1, 1).
   */
  public static UnanimitySumGame randomUnanimity(int players, int terms, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] carriers = new long[terms];
    double[] coefficients = new double[terms];
    for (int k = 0; k < terms; k++) {
      long carrier = 0;
      while (carrier == 0) {
        for (int i = 0; i < players; i++) {
          if (random.nextInt(3) == 0) {
            carrier |= 1L << i;
          }
        }
      }
      carriers[k] = carrier;
      coefficients[k] = 2 * random.nextDouble() - 1;
    }
    return new UnanimitySumGame(players, carriers, coefficients);
  }

  /** A weighted voting game with integer weights uniform in [1, 10] and quota just over half the total. */
  public static WeightedVotingGame randomVoting(int players, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] weights = new double[players];
    double total = 0;
    for (int i = 0; i < players; i++) {
      weights[i] = 1 + random.nextInt(10);
      total += weights[i];
    }
    return new WeightedVotingGame(Math.floor(total / 2) + 1, weights);
  }
}
