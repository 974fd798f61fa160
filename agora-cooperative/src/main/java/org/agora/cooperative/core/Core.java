package org.agora.cooperative.core;

import java.util.Optional;
import org.agora.cooperative.CoalitionGame;

/**
 * The core of a transferable-utility game (Gillies, "Solutions to general non-zero-sum games",
 * Contributions to the Theory of Games IV, 1959): the payoff vectors x with {@code x(N) = v(N)}
 * (efficiency) and {@code x(S) >= v(S)} for every coalition S (coalitional rationality).
 *
 * <p>{@link #check} enumerates the {@code 2^n - 2} proper coalitions in doubles: O(2^n) value calls,
 * each x(S) summed from four precomputed byte-block tables (n up to 30). Emptiness and a core point come
 * from the least-core linear program ({@link LeastCore}): the core is non-empty exactly when the least
 * core's epsilon is at most 0 (Maschler, Peleg and Shapley 1979), and then the least-core point lies in
 * the core.
 */
public final class Core {

  /** The largest player count {@link #check} accepts. */
  public static final int MAX_CHECK_PLAYERS = 30;

  /** The default tolerance of {@link #check(CoalitionGame, double[])}, relative to the largest |v(S)|. */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  private Core() {}

  /** {@link #check(CoalitionGame, double[], double)} with {@link #DEFAULT_TOLERANCE}. */
  public static CoreCheck check(CoalitionGame game, double[] payoffs) {
    return check(game, payoffs, DEFAULT_TOLERANCE);
  }

  /**
   * Checks whether {@code payoffs} is in the core.
   *
   * @param tolerance the largest efficiency gap and excess still accepted, relative to
   *     {@code max(1, max |v(S)|)} over the coalitions seen
   * @throws IllegalArgumentException if the payoff count is not n, a payoff or value is not finite, the
   *     tolerance is negative or n is outside [1, 30]
   */
  public static CoreCheck check(CoalitionGame game, double[] payoffs, double tolerance) {
    int n = CoalitionTable.checkedPlayerCount(game, "core check", MAX_CHECK_PLAYERS);
    if (payoffs.length != n) {
      throw new IllegalArgumentException("the core check needs one payoff per player: " + n + " payoffs, not "
          + payoffs.length);
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(payoffs[i])) {
        throw new IllegalArgumentException("payoff " + i + " is " + payoffs[i] + "; payoffs must be finite");
      }
    }
    if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("the core tolerance must be a finite number >= 0, not " + tolerance);
    }
    double[][] blocks = byteBlockSums(payoffs);
    long grand = game.grandCoalition();
    double grandValue = finiteValue(game, grand, n);
    double gap = sum(blocks, grand) - grandValue;
    double largestValue = Math.abs(grandValue);
    long worst = 0L;
    double worstExcess = Double.NEGATIVE_INFINITY;
    for (long coalition = 1; coalition < grand; coalition++) {
      double value = finiteValue(game, coalition, n);
      largestValue = Math.max(largestValue, Math.abs(value));
      double excess = value - sum(blocks, coalition);
      if (excess > worstExcess) {
        worstExcess = excess;
        worst = coalition;
      }
    }
    if (worst == 0L) {
      worstExcess = 0.0;
    }
    double allowed = tolerance * Math.max(1.0, largestValue);
    boolean inCore = Math.abs(gap) <= allowed && worstExcess <= allowed;
    return new CoreCheck(inCore, gap, worst, worstExcess);
  }

  /**
   * Whether the core is empty, by the least-core LP: empty iff the least core's epsilon exceeds the
   * LP tolerance {@link LeastCore#TOLERANCE} (relative to the largest |v(S)|).
   */
  public static boolean isEmpty(CoalitionGame game) {
    return point(game).isEmpty();
  }

  /**
   * A core point, the least-core point of {@link LeastCore#solve} when the least core's epsilon is at
   * most the LP tolerance; empty when the core is empty.
   */
  public static Optional<double[]> point(CoalitionGame game) {
    double[] values = CoalitionTable.read(game, "core", LeastCore.MAX_PLAYERS);
    LeastCoreSolution solution = LeastCore.solve(values, game.playerCount());
    double scale = CoalitionTable.scale(values);
    return solution.epsilon() <= LeastCore.TOLERANCE * scale ? Optional.of(solution.payoffs()) : Optional.empty();
  }

  private static double finiteValue(CoalitionGame game, long coalition, int n) {
    double value = game.value(coalition);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("the core check needs finite coalition values, but v("
          + CoalitionTable.describe(coalition, n) + ") = " + value + " in " + game.describe());
    }
    return value;
  }

  /** {@code blocks[b][m]} = the sum of the payoffs of players {@code 8b + j} for the bits j of m. */
  private static double[][] byteBlockSums(double[] payoffs) {
    int blockCount = (payoffs.length + 7) / 8;
    double[][] blocks = new double[blockCount][256];
    for (int b = 0; b < blockCount; b++) {
      for (int mask = 1; mask < 256; mask++) {
        int low = Integer.numberOfTrailingZeros(mask);
        int player = 8 * b + low;
        double own = player < payoffs.length ? payoffs[player] : 0.0;
        blocks[b][mask] = blocks[b][mask & (mask - 1)] + own;
      }
    }
    return blocks;
  }

  private static double sum(double[][] blocks, long coalition) {
    double total = 0.0;
    for (int b = 0; b < blocks.length; b++) {
      total += blocks[b][(int) (coalition >>> (8 * b)) & 0xFF];
    }
    return total;
  }
}
