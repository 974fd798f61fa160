package org.agora.learning.bandits.contextual.policy;

import org.agora.learning.bandits.contextual.ContextualBanditPolicy;

/**
 * LinUCB with disjoint linear models, Algorithm 1 of L. Li, W. Chu, J. Langford and R. E. Schapire, "A
 * Contextual-Bandit Approach to Personalized News Article Recommendation", WWW 2010: each arm keeps a
 * ridge regression ({@link RidgeModels}) and the policy pulls the arm maximising {@code p_k = theta_k .
 * x + alpha sqrt(x^T A_k^-1 x)}, ties to the lowest index. Regret is O~(d sqrt(K T)) for a suitable
 * alpha (Chu, Li, Reyzin, Schapire, AISTATS 2011, for the SupLinUCB variant; the paper's Algorithm 1 is
 * what is implemented and what is used in practice).
 *
 * <p>Departures: A starts at {@code lambda I} rather than I (lambda = 1 is the paper), and A^-1 is
 * kept by Sherman–Morrison rank-one updates instead of being inverted each round. A round costs O(K
 * d^2) (one quadratic form per arm) and an update O(d^2); neither allocates.
 */
public final class LinUcb implements ContextualBanditPolicy {

  private final RidgeModels models;
  private final double alpha;

  /**
   * @param alpha width of the confidence bound, at least 0 (1 + sqrt(ln(2/delta)/2) in the paper)
   * @param lambda ridge regulariser, positive
   */
  public LinUcb(int armCount, int dimension, double alpha, double lambda) {
    if (!(alpha >= 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite and >= 0, got " + alpha);
    }
    this.models = new RidgeModels(armCount, dimension, lambda);
    this.alpha = alpha;
  }

  /** The upper confidence bound {@code p_k} of {@code arm} in context {@code x}. */
  public double index(int arm, double[] x) {
    return models.estimate(arm, x) + alpha * Math.sqrt(Math.max(0, models.quadraticForm(arm, x)));
  }

  /** The per-arm ridge regressions (read them, do not update them). */
  public RidgeModels models() {
    return models;
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
    int best = 0;
    double bestIndex = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < models.armCount(); arm++) {
      double index = index(arm, context);
      if (index > bestIndex) {
        bestIndex = index;
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
    return "linucb(alpha=" + alpha + ",lambda=" + models.lambda() + ")";
  }
}
