package org.agora.learning.bandits.policy;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.BanditPolicy;

/**
 * EXP3 of P. Auer, N. Cesa-Bianchi, Y. Freund and R. E. Schapire, "The nonstochastic multiarmed
 * bandit problem", SIAM Journal on Computing 32(1), 2002: play {@code p_k = (1 - gamma) w_k / sum w +
 * gamma / K}, estimate the reward of the pulled arm by {@code x / p_k} and multiply its weight by
 * {@code exp(gamma xhat / K)}. For rewards in [0, 1] and gamma = min(1, sqrt(K ln K / ((e - 1) g)))
 * with g >= G_max (g = T by default), Corollary 3.2 bounds the expected regret against the best fixed
 * arm by {@code 2 sqrt(e - 1) sqrt(g K ln K)}. Weights are kept as logarithms; O(K) per round.
 */
public final class Exp3 implements BanditPolicy {

  private final double[] logWeights;
  private final double[] probabilities;
  private final double gamma;
  private final RandomGenerator random;

  /** @param gamma the exploration rate in (0, 1] */
  public Exp3(int armCount, double gamma, RandomGenerator random) {
    if (!(gamma > 0 && gamma <= 1)) {
      throw new IllegalArgumentException("exp3: gamma must be in (0, 1], got " + gamma);
    }
    logWeights = new double[armCount];
    probabilities = new double[armCount];
    this.gamma = gamma;
    this.random = random;
  }

  /** The rate of Corollary 3.2 for K arms and a bound g on the best arm's total reward. */
  public static double tunedGamma(int armCount, double gain) {
    if (armCount < 2) {
      return 1;
    }
    return Math.min(1, Math.sqrt(armCount * Math.log(armCount) / ((Math.E - 1) * gain)));
  }

  /** Corollary 3.2's regret bound {@code 2 sqrt(e - 1) sqrt(g K ln K)}. */
  public static double regretBound(int armCount, double gain) {
    return 2 * Math.sqrt(Math.E - 1) * Math.sqrt(gain * armCount * Math.log(armCount));
  }

  @Override
  public int armCount() {
    return logWeights.length;
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(logWeights, 0);
  }

  @Override
  public int choose(long round) {
    ExponentialWeights.softmax(logWeights, 1, probabilities);
    int arms = probabilities.length;
    for (int k = 0; k < arms; k++) {
      probabilities[k] = (1 - gamma) * probabilities[k] + gamma / arms;
    }
    return ExponentialWeights.sample(probabilities, random);
  }

  @Override
  public void update(int arm, double reward) {
    logWeights[arm] += gamma * (reward / probabilities[arm]) / probabilities.length;
  }

  @Override
  public String describe() {
    return "exp3(gamma=" + gamma + ")";
  }
}
