package org.agora.markets.equilibrium;

/**
 * The first-price pacing equilibrium (FPPE) of a market of budget-constrained buyers, one first-price
 * auction per good: each buyer bids {@code alpha_i v_ij} with a pacing multiplier {@code alpha_i in [0, 1]},
 * the highest paced bid wins and pays its bid, no buyer overspends, and a buyer paced below 1 spends its
 * whole budget (Conitzer, Kroer, Panigrahi, Schrijvers, Stier-Moses, Sodomka, Wilkens, "Pacing Equilibrium
 * in First-Price Auction Markets", EC 2019 / Management Science 2022). The FPPE is unique and is the
 * optimum of the quasi-linear Eisenberg–Gale program (Chen, Ye, Zhang, "The Fisher Market Game:
 * Equilibrium and Welfare", AAAI 2007; Cole et al., EC 2017)
 *
 * <pre>  maximise sum_i B_i log(u_i + delta_i) - delta_i  s.t.  u_i <= sum_j v_ij x_ij, sum_i x_ij <= s_j, x, delta >= 0,</pre>
 *
 * whose dual variables {@code beta_i = B_i / (u_i + delta_i)} are the multipliers and whose supply prices
 * are the winning bids {@code p_j = max_i alpha_i v_ij}. Solved by the same log-barrier method as the
 * Fisher program ({@link EisenbergGaleBarrier}) with the extra dual constraint {@code beta_i <= 1}; the
 * {@link QuasiLinearProportionalResponse} dynamics is an independent second method.
 *
 * <p>The barrier point is then polished ({@link ActiveSetPolish}): with the winners of each good and the paced
 * buyers read off the barrier, the FPPE conditions are linear (prices and multipliers by propagation along the
 * winners' graph, the allocation by a projection) and are solved exactly up to rounding. This matters on degenerate
 * markets, where a paced buyer ties with an unpaced one who buys nothing: the barrier's multipliers are then only
 * accurate to about the square root of its duality gap ({@code 1e-4}) while the polished ones satisfy the
 * conditions to about {@code 1e-15}. The polished point is kept only when it satisfies the
 * {@link EquilibriumConditions} better; its {@code accuracy} is then the largest relative violation of those
 * conditions (and its method name ends in {@code ", polished"}), otherwise the barrier's certified duality-gap bound.
 */
public final class FirstPricePacingEquilibriumSolver {

  private final double tolerance;

  /** A solver with the default tolerance ({@link EisenbergGaleSolver#DEFAULT_TOLERANCE}). */
  public FirstPricePacingEquilibriumSolver() {
    this(EisenbergGaleSolver.DEFAULT_TOLERANCE);
  }

  /**
   * A solver stopping at a duality-gap bound of {@code tolerance} times the total budget.
   *
   * @throws IllegalArgumentException unless {@code 1e-12 <= tolerance < 1}
   */
  public FirstPricePacingEquilibriumSolver(double tolerance) {
    if (!(tolerance >= 1e-12 && tolerance < 1)) {
      throw new IllegalArgumentException("the tolerance must be in [1e-12, 1), got " + tolerance);
    }
    this.tolerance = tolerance;
  }

  /** The first-price pacing equilibrium of this market. */
  public MarketEquilibrium solve(Market market) {
    EisenbergGaleBarrier.Solution solution = EisenbergGaleBarrier.solve(market, true, tolerance);
    MarketEquilibrium barrier = MarketEquilibrium.of(EquilibriumKind.FIRST_PRICE_PACING,
        "quasi-linear eisenberg-gale (dual barrier)", market, solution.prices(), solution.allocation(), solution.beta(),
        null, Double.NaN, solution.gap(), solution.newtonSteps());
    MarketEquilibrium draft = ActiveSetPolish.improve(barrier, true, ", polished");
    return EisenbergGaleSolver.withWelfare(draft,
        FisherObjectives.quasiLinearWelfare(market, draft.utilities(), draft.multipliers()));
  }
}
