package org.agora.learning.bandits.contextual.market;

import org.agora.learning.bandits.contextual.ContextualBanditProblem;

/**
 * A fixed-belief expert that knows the true outcome probabilities {@code p_a(x)} of the problem and
 * reports {@code p_a(x) + bias} clipped to {@code [floor, 1 - floor]}: with bias 0 it is the truthful
 * informed expert whose expected score every other report falls short of; a non-zero bias is a
 * deliberate misreport, which a strictly proper decision scoring rule must pay less in expectation.
 * Learns nothing.
 */
public final class InformedExpert implements Expert {

  private final ContextualBanditProblem problem;
  private final double bias;
  private final double floor;

  /**
   * @param problem the binary-outcome problem whose probabilities the expert knows
   * @param bias added to every true probability, in [-1, 1]
   * @param floor reports are clipped to [floor, 1 - floor], in (0, 0.5)
   */
  public InformedExpert(ContextualBanditProblem problem, double bias, double floor) {
    if (!(bias >= -1 && bias <= 1)) {
      throw new IllegalArgumentException("bias must be in [-1, 1], got " + bias);
    }
    LearningExpert.requireFloor(floor);
    this.problem = problem;
    this.bias = bias;
    this.floor = floor;
  }

  @Override
  public void reset() {}

  @Override
  public void report(double[] context, double[] probabilities) {
    for (int a = 0; a < probabilities.length; a++) {
      probabilities[a] = Math.min(1 - floor, Math.max(floor, problem.mean(a, context) + bias));
    }
  }

  @Override
  public void observe(int action, double[] context, int outcome) {}

  @Override
  public String describe() {
    return "informed(bias=" + bias + ",floor=" + floor + ")";
  }
}
