package org.agora.markets.equilibrium;

/**
 * The Fisher market equilibrium with linear utilities as the optimum of the Eisenberg–Gale convex program
 * (Eisenberg and Gale, "Consensus of Subjective Probabilities: The Pari-Mutuel Method", Ann. Math. Statist.
 * 1959): maximise {@code sum_i B_i log u_i} subject to {@code u_i = sum_j v_ij x_ij},
 * {@code sum_i x_ij <= s_j}, {@code x >= 0}. Its optimal allocations are the equilibrium allocations and the
 * multipliers of the supply constraints the equilibrium prices.
 *
 * <p>Solved to high accuracy by a log-barrier interior-point method on the program's dual
 * ({@link EisenbergGaleBarrier}); ojAlgo, the project's LP/QP library, has no exponential-cone or
 * log-objective support, hence the dedicated method. The barrier point is then polished ({@link ActiveSetPolish}):
 * the equilibrium equations are solved exactly, up to rounding, on the barrier's active structure (which buyers buy
 * which goods) and the result is kept when it satisfies the {@link EquilibriumConditions} better than the barrier
 * point, which it does to about {@code 1e-15} on nondegenerate and degenerate markets alike. The result's
 * {@code accuracy} is then the largest relative violation of those conditions (a certificate independent of the
 * method; its method name ends in {@code ", polished"}); when the barrier point is kept, it is the barrier's
 * certified duality-gap bound. Equilibrium utilities and prices are unique (the allocation need not be).
 */
public final class EisenbergGaleSolver {

  /** The default relative duality-gap target (times the total budget). */
  public static final double DEFAULT_TOLERANCE = 1e-8;

  private final double tolerance;

  /** A solver with {@link #DEFAULT_TOLERANCE}. */
  public EisenbergGaleSolver() {
    this(DEFAULT_TOLERANCE);
  }

  /**
   * A solver stopping at a duality-gap bound of {@code tolerance} times the total budget.
   *
   * @throws IllegalArgumentException unless {@code 1e-12 <= tolerance < 1}
   */
  public EisenbergGaleSolver(double tolerance) {
    if (!(tolerance >= 1e-12 && tolerance < 1)) {
      throw new IllegalArgumentException("the tolerance must be in [1e-12, 1), got " + tolerance);
    }
    this.tolerance = tolerance;
  }

  /** The Fisher market equilibrium of this market. */
  public MarketEquilibrium solve(Market market) {
    EisenbergGaleBarrier.Solution solution = EisenbergGaleBarrier.solve(market, false, tolerance);
    MarketEquilibrium barrier = MarketEquilibrium.of(EquilibriumKind.FISHER, "eisenberg-gale (dual barrier)", market,
        solution.prices(), solution.allocation(), solution.beta(), null, Double.NaN, solution.gap(), solution.newtonSteps());
    MarketEquilibrium draft = ActiveSetPolish.improve(barrier, false, ", polished");
    return withWelfare(draft, FisherObjectives.nashSocialWelfare(market, draft.utilities()));
  }

  static MarketEquilibrium withWelfare(MarketEquilibrium e, double welfare) {
    return new MarketEquilibrium(e.kind(), e.method(), e.market(), e.prices(), e.allocation(), e.multipliers(),
        e.utilities(), e.spend(), e.revenue(), welfare, e.accuracy(), e.iterations());
  }
}
