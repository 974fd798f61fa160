package org.agora.markets.pacing;

/**
 * Multiplicative pacing by dual mirror descent with the entropic mirror map: Balseiro, Lu and
 * Mirrokni, "The Best of Many Worlds: Dual Mirror Descent for Online Allocation Problems", Operations
 * Research 71(1), 2023 (the budget-pacing case of their online allocation framework, whose projected
 * subgradient case is {@link DualPacingAgent}, Balseiro and Gur 2019). The bidder bids
 * {@code v / (1 + mu)} and, after a step that spent {@code z} against a planned {@code rho}, takes a
 * mirror-descent step on the dual with the negative-entropy regulariser, which is multiplicative:
 * {@code mu <- min(muMax, mu x exp(stepSize x (z - rho) / unit))}, with spends in units of an average
 * step's budget as in {@link DualPacingAgent}. The dual stays positive (start it above 0), moves in
 * proportion to its size, and so adapts fast when the right dual is large (tight budgets) and gently when
 * it is small. The paper shows regret {@code O(sqrt(T))} against the best fixed dual in hindsight for
 * stochastic inputs and a competitive ratio for adversarial ones, with step sizes of order
 * {@code 1/sqrt(T)}.
 *
 * <p>Departures: the update is once per decision step (batched, as everything in
 * {@link RepeatedAuctionSimulation}); one step per auction is the paper's algorithm.
 */
public final class DualMirrorDescentPacingAgent extends DualMultiplierAgent {

  private final double stepSize;
  private final double maxDual;

  /**
   * A pacing agent.
   *
   * @param stepSize the mirror-descent step, finite and &gt; 0
   * @param initialDual the dual at the start of each period, finite and &gt; 0 (a multiplicative update
   *     never leaves 0)
   * @param maxDual the upper bound of the dual, finite and &gt;= initialDual
   */
  public DualMirrorDescentPacingAgent(double stepSize, double initialDual, double maxDual) {
    super(initialDual);
    if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
      throw new IllegalArgumentException("a mirror-descent step size must be finite and > 0, got " + stepSize);
    }
    if (!(initialDual > 0) || !(maxDual >= initialDual) || Double.isInfinite(maxDual)) {
      throw new IllegalArgumentException("dual mirror descent needs 0 < initial dual <= max dual < infinity, got "
          + initialDual + " and " + maxDual);
    }
    this.stepSize = stepSize;
    this.maxDual = maxDual;
  }

  @Override
  double update(double dual, double overspend) {
    return Math.min(maxDual, dual * Math.exp(Math.min(50, stepSize * overspend)));
  }
}
