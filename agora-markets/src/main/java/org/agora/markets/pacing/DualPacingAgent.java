package org.agora.markets.pacing;

/**
 * Adaptive (dual) pacing of Balseiro and Gur, "Learning in Repeated Auctions with Budgets: Regret
 * Minimization and Equilibrium", Management Science 65(9), 2019: the bidder bids {@code v / (1 + mu)}
 * and updates the budget constraint's dual variable by a projected subgradient step
 * {@code mu <- min(muMax, max(0, mu - stepSize x (rho - z)))}, where {@code z} is what it spent in the
 * step and {@code rho} the step's planned spend (the paper's per-auction target {@code B/T} when the plan
 * is even and a step holds one auction). Spends are measured in units of an average step's budget
 * ({@code budget / steps}), so {@code stepSize} is dimensionless; the paper's rate is of order
 * {@code 1/sqrt(T)}. Its multiplier never exceeds 1 (it shades, never overbids): it suits quasi-linear
 * bidders.
 *
 * <p>Known behaviour (a test): one bidder with value 1 against competing bids U[0,1] in second price
 * spends {@code b^2/2} per auction when bidding {@code b}, so its multiplier tends to {@code sqrt(2 rho)}
 * for a per-auction target {@code rho < 1/2}.
 */
public final class DualPacingAgent extends DualMultiplierAgent {

  private final double stepSize;
  private final double maxDual;

  /**
   * A pacing agent.
   *
   * @param stepSize the subgradient step, finite and &gt; 0
   * @param initialDual the dual variable at the start of each period, finite and &gt;= 0
   * @param maxDual the projection bound {@code muMax} (the paper's {@code v_max / rho}), finite and &gt;= initialDual
   */
  public DualPacingAgent(double stepSize, double initialDual, double maxDual) {
    super(initialDual);
    if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
      throw new IllegalArgumentException("a dual pacing step size must be finite and > 0, got " + stepSize);
    }
    if (!(initialDual >= 0) || !(maxDual >= initialDual) || Double.isInfinite(maxDual)) {
      throw new IllegalArgumentException("dual pacing needs 0 <= initial dual <= max dual < infinity, got "
          + initialDual + " and " + maxDual);
    }
    this.stepSize = stepSize;
    this.maxDual = maxDual;
  }

  @Override
  double update(double dual, double overspend) {
    return Math.min(maxDual, Math.max(0, dual + stepSize * overspend));
  }
}
