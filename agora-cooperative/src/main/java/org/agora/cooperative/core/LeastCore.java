package org.agora.cooperative.core;

import org.agora.cooperative.CoalitionGame;

/**
 * The least core (Maschler, Peleg and Shapley, "Geometric properties of the kernel, nucleolus, and
 * related solution concepts", Mathematics of Operations Research 4, 1979): the linear program
 * <pre>
 *   minimise eps   subject to   x(S) + eps &gt;= v(S) for every proper non-empty S,   x(N) = v(N)
 * </pre>
 * over free payoffs x (efficient vectors, not only imputations). The LP has {@code 2^n - 2} coalition
 * rows and n + 1 variables; it is solved by row generation (small LPs over the rows found broken, each
 * round checking all {@code 2^n} coalitions; see {@link ExcessLinearProgram}), in doubles by ojAlgo on
 * the game scaled to largest |v(S)| = 1, and checked row by row (absolute tolerance {@link #TOLERANCE}
 * on that scale); the answer is scaled back. Not exact rationals: an exact simplex would cost far more
 * than this check. About 50 ms at n = 12 and 300 ms at n = 16 on random games (one run, 2 cores).
 */
public final class LeastCore {

  /** The largest player count: the LP has one row per coalition. */
  public static final int MAX_PLAYERS = 16;

  /** The LP's row tolerance, relative to the largest |v(S)|. */
  public static final double TOLERANCE = ExcessLinearProgram.ROW_TOLERANCE;

  private LeastCore() {}

  /**
   * Solves the least-core LP.
   *
   * @throws IllegalArgumentException if n is outside [1, 16] or a value is not finite
   * @throws IllegalStateException if the LP solver fails twice (its answer breaks the rows)
   */
  public static LeastCoreSolution solve(CoalitionGame game) {
    double[] values = CoalitionTable.read(game, "least core", MAX_PLAYERS);
    return solve(values, game.playerCount());
  }

  /** The least core of the tabulated (unscaled) values. */
  static LeastCoreSolution solve(double[] values, int players) {
    int grand = (1 << players) - 1;
    if (players == 1) {
      return new LeastCoreSolution(0.0, new double[] {values[1]});
    }
    double scale = CoalitionTable.scale(values);
    double[] scaled = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      scaled[k] = values[k] / scale;
    }
    int[] free = new int[grand - 1];
    for (int k = 0; k < free.length; k++) {
      free[k] = k + 1;
    }
    ExcessLinearProgram program = new ExcessLinearProgram(scaled, players, false);
    ExcessLinearProgram.Point point = program.minimiseLargestExcess(free, free.length, new int[0], new double[0], 0);
    double[] payoffs = point.payoffs();
    for (int i = 0; i < players; i++) {
      payoffs[i] *= scale;
    }
    return new LeastCoreSolution(point.epsilon() * scale, payoffs);
  }
}
