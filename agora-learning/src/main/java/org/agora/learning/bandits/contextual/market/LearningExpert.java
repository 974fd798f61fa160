package org.agora.learning.bandits.contextual.market;

import org.agora.learning.bandits.contextual.policy.RidgeModels;

/**
 * A contextual learner in the market: it fits one ridge regression of {@code 2 o - 1} (the outcome
 * o in {0, 1} mapped to -1, 1) on the context per action ({@link RidgeModels}, the estimator of
 * LinUCB, updated by Sherman–Morrison) from the rounds in which the principal took that action, and
 * reports {@code (1 + estimate) / 2} clipped to {@code [floor, 1 - floor]}: the ridge penalty shrinks
 * the forecast toward 1/2. It gets bandit feedback only, so it learns about an action only when the principal's
 * decision rule takes it; the exploration of the mixed decision rule (every action with probability
 * at least epsilon / K) is what makes its forecasts converge. On Bernoulli-linear outcomes ({@code
 * P(1) = (1 + theta_a . x) / 2}, so {@code E[2 o - 1] = theta_a . x}) the model is well specified. O(K d) per report, O(d^2) per observation,
 * no allocation.
 */
public final class LearningExpert implements Expert {

  private final RidgeModels models;
  private final double floor;

  /**
   * @param lambda ridge regulariser, positive
   * @param floor reports are clipped to [floor, 1 - floor], in (0, 0.5)
   */
  public LearningExpert(int actions, int dimension, double lambda, double floor) {
    requireFloor(floor);
    this.models = new RidgeModels(actions, dimension, lambda);
    this.floor = floor;
  }

  static void requireFloor(double floor) {
    if (!(floor > 0 && floor < 0.5)) {
      throw new IllegalArgumentException("floor must be in (0, 0.5), got " + floor);
    }
  }

  @Override
  public void reset() {
    models.reset();
  }

  @Override
  public void report(double[] context, double[] probabilities) {
    for (int a = 0; a < probabilities.length; a++) {
      probabilities[a] = Math.min(1 - floor, Math.max(floor, (1 + models.estimate(a, context)) / 2));
    }
  }

  @Override
  public void observe(int action, double[] context, int outcome) {
    models.update(action, context, 2.0 * outcome - 1);
  }

  @Override
  public String describe() {
    return "learner(lambda=" + models.lambda() + ",floor=" + floor + ")";
  }
}
