package org.agora.learning.bandits.policy;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.BanditPolicy;
import org.agora.learning.bandits.distribution.BetaDistribution;

/**
 * Bayes-UCB of E. Kaufmann, O. Cappé and A. Garivier, "On Bayesian upper confidence bounds for bandit
 * problems", AISTATS 2012, for Bernoulli rewards: pull the arm whose Beta(1 + S_k, 1 + F_k) posterior
 * has the largest quantile of order {@code 1 - 1 / (t (ln T)^c)}. The paper proves optimality for c >=
 * 5 and recommends c = 0 in practice (the default). Rewards in (0, 1) are reduced to Bernoulli
 * outcomes as in {@link BernoulliThompsonSampling}; that reduction is the only use of the generator.
 * Each round computes K Beta quantiles ({@link BetaDistribution#quantile}), each search starting from
 * the arm's quantile of the previous round, which is close.
 */
public final class BayesUcb implements BanditPolicy {

  private final double[] successes;
  private final double[] failures;
  private final double[] lastQuantiles;
  private final double c;
  private final double logHorizon;
  private final RandomGenerator random;

  /**
   * @param horizon the number of rounds T
   * @param c the exponent of ln T
   */
  public BayesUcb(int armCount, long horizon, double c, RandomGenerator random) {
    successes = new double[armCount];
    failures = new double[armCount];
    lastQuantiles = new double[armCount];
    this.c = c;
    this.logHorizon = Math.log(Math.max(horizon, 3));
    this.random = random;
  }

  @Override
  public int armCount() {
    return successes.length;
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(successes, 0);
    java.util.Arrays.fill(failures, 0);
    java.util.Arrays.fill(lastQuantiles, 0);
  }

  /** The quantile order used in {@code round}. */
  public double quantileOrder(long round) {
    return 1 - 1 / (round * Math.pow(logHorizon, c));
  }

  @Override
  public int choose(long round) {
    double order = quantileOrder(round);
    int best = 0;
    double bestIndex = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < successes.length; arm++) {
      double index = BetaDistribution.quantile(order, 1 + successes[arm], 1 + failures[arm], lastQuantiles[arm]);
      lastQuantiles[arm] = index;
      if (index > bestIndex) {
        bestIndex = index;
        best = arm;
      }
    }
    return best;
  }

  @Override
  public void update(int arm, double reward) {
    if (Bernoullis.success(reward, random)) {
      successes[arm] += 1;
    } else {
      failures[arm] += 1;
    }
  }

  @Override
  public String describe() {
    return "bayes-ucb(c=" + c + ")";
  }
}
