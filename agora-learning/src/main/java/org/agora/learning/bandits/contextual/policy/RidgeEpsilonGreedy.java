package org.agora.learning.bandits.contextual.policy;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.contextual.ContextualBanditPolicy;

/**
 * Epsilon-greedy on per-arm ridge estimates, the baseline of the contextual experiments of Li et al.
 * (WWW 2010, "epsilon-greedy" with a linear model): with probability epsilon_t pull a uniformly random
 * arm, otherwise the arm of highest estimated mean {@code theta_k . x} from the same ridge regressions
 * as {@link LinUcb} ({@link RidgeModels}). The exploration probability is either constant (linear
 * regret) or the decaying {@code epsilon_t = min(1, epsilon / sqrt(t))}; neither schedule is tuned to
 * a regret bound: the policy is the baseline the confidence- and posterior-based policies are measured
 * against. O(K d) per round, O(d^2) per update, no allocation.
 */
public final class RidgeEpsilonGreedy implements ContextualBanditPolicy {

  private final RidgeModels models;
  private final double epsilon;
  private final boolean decaying;
  private final RandomGenerator random;

  /**
   * @param epsilon exploration probability (the schedule's constant when decaying), in [0, 1]
   * @param decaying whether epsilon_t = min(1, epsilon / sqrt(t))
   * @param lambda ridge regulariser, positive
   */
  public RidgeEpsilonGreedy(int armCount, int dimension, double epsilon, boolean decaying, double lambda,
      RandomGenerator random) {
    if (!(epsilon >= 0 && epsilon <= 1)) {
      throw new IllegalArgumentException("epsilon must be in [0, 1], got " + epsilon);
    }
    this.models = new RidgeModels(armCount, dimension, lambda);
    this.epsilon = epsilon;
    this.decaying = decaying;
    this.random = random;
  }

  /** The exploration probability in {@code round}. */
  public double explorationProbability(long round) {
    return decaying ? Math.min(1, epsilon / Math.sqrt(round)) : epsilon;
  }

  @Override
  public int armCount() {
    return models.armCount();
  }

  @Override
  public int dimension() {
    return models.dimension();
  }

  @Override
  public void reset() {
    models.reset();
  }

  @Override
  public int choose(long round, double[] context) {
    if (random.nextDouble() < explorationProbability(round)) {
      return random.nextInt(models.armCount());
    }
    int best = 0;
    double bestEstimate = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < models.armCount(); arm++) {
      double estimate = models.estimate(arm, context);
      if (estimate > bestEstimate) {
        bestEstimate = estimate;
        best = arm;
      }
    }
    return best;
  }

  @Override
  public void update(int arm, double[] context, double reward) {
    models.update(arm, context, reward);
  }

  @Override
  public String describe() {
    return "ridge-epsilon-greedy(epsilon=" + epsilon + ",schedule=" + (decaying ? "decaying" : "constant")
        + ",lambda=" + models.lambda() + ")";
  }
}
