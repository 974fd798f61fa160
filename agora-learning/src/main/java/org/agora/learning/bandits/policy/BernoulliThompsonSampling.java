package org.agora.learning.bandits.policy;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.BanditPolicy;
import org.agora.learning.bandits.distribution.BetaDistribution;

/**
 * Thompson sampling with Beta posteriors, as analysed by S. Agrawal and N. Goyal, "Analysis of Thompson
 * sampling for the multi-armed bandit problem", COLT 2012: each round draw theta_k ~ Beta(a + S_k, b +
 * F_k) for every arm and pull the largest. A reward r in [0, 1] that is not 0 or 1 counts as a success
 * with probability r (the paper's reduction from bounded to Bernoulli rewards). Prior Beta(1, 1) by
 * default. O(K) Beta draws per round (two gamma draws each, {@link BetaDistribution}).
 */
public final class BernoulliThompsonSampling implements BanditPolicy {

  private final double[] successes;
  private final double[] failures;
  private final double priorA;
  private final double priorB;
  private final RandomGenerator random;

  /**
   * @param priorA the prior's first parameter
   * @param priorB the prior's second parameter
   */
  public BernoulliThompsonSampling(int armCount, double priorA, double priorB, RandomGenerator random) {
    successes = new double[armCount];
    failures = new double[armCount];
    this.priorA = priorA;
    this.priorB = priorB;
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
  }

  @Override
  public int choose(long round) {
    int best = 0;
    double bestSample = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < successes.length; arm++) {
      double sample = BetaDistribution.sample(priorA + successes[arm], priorB + failures[arm], random);
      if (sample > bestSample) {
        bestSample = sample;
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
    return "thompson(a=" + priorA + ",b=" + priorB + ")";
  }
}
