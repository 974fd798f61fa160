package org.agora.learning.bandits.contextual;

import java.util.random.RandomGenerator;

/**
 * A stochastic contextual bandit: each round a context {@code x_t} in R^d is drawn i.i.d., the
 * learner pulls an arm and gets a reward whose expectation {@link #mean(int, double[])} depends on the
 * arm and the context. Regret is measured against the best arm for each context,
 * {@code sum_t (max_k mean(k, x_t) - mean(a_t, x_t))}.
 *
 * <p>Implementations are immutable and thread-safe: all randomness comes from the generators passed
 * in, and none of the methods allocates.
 */
public interface ContextualBanditProblem {

  /** The number of arms K. */
  int armCount();

  /** The context dimension d. */
  int dimension();

  /** Draws the context of {@code round} into {@code context} (length {@link #dimension()}). */
  void drawContext(long round, RandomGenerator random, double[] context);

  /** Draws the reward of pulling {@code arm} in {@code context}. */
  double draw(int arm, double[] context, RandomGenerator random);

  /** The expected reward of {@code arm} in {@code context}. */
  double mean(int arm, double[] context);

  /** The largest {@link #mean} over the arms in {@code context}. */
  default double bestMean(double[] context) {
    double best = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < armCount(); arm++) {
      best = Math.max(best, mean(arm, context));
    }
    return best;
  }

  /**
   * True when every reward is 0 or 1 (Bernoulli rewards, so {@link #mean} is the probability of outcome
   * 1): the decision market needs such binary outcomes.
   */
  default boolean binaryRewards() {
    return false;
  }

  /** The canonical problem string, e.g. {@code linear(arms=5,dimension=10,noise=0.1,seed=3)}. */
  String describe();
}
