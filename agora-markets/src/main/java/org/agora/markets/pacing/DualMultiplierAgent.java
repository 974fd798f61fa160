package org.agora.markets.pacing;

import java.util.SplittableRandom;

/**
 * What the dual pacing agents share: the bid {@code v / (1 + mu)}, the dual restarting at its initial
 * value each period, and the step's overspend measured in units of an average step's budget
 * ({@code budget / steps}); subclasses give the update of the dual ({@link DualPacingAgent}: projected
 * subgradient; {@link DualMirrorDescentPacingAgent}: entropic mirror descent).
 */
abstract class DualMultiplierAgent implements BiddingAgent {

  private final double initialDual;
  private Campaign campaign;
  private double unit;
  private double dual;

  DualMultiplierAgent(double initialDual) {
    this.initialDual = initialDual;
  }

  /** The next dual after a step that overspent its plan by {@code overspend} units (negative: underspent). */
  abstract double update(double dual, double overspend);

  @Override
  public final void startPeriod(Campaign campaign, int opportunities, SplittableRandom random) {
    this.campaign = campaign;
    this.unit = campaign.budget() / campaign.steps();
    this.dual = initialDual;
  }

  @Override
  public final double multiplier(int step) {
    return 1.0 / (1.0 + dual);
  }

  @Override
  public final void endStep(int step, StepOutcome outcome) {
    double planned = campaign.budget() * campaign.planShare(step);
    dual = update(dual, (outcome.spend() - planned) / unit);
  }

  /** The current dual variable {@code mu}. */
  public final double dual() {
    return dual;
  }
}
