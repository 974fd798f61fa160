package org.agora.learning.bandits.arm;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.ParameterLists;

/**
 * Arms with Gaussian N(mu_k, sigma_k^2) rewards. Whether the variance counts as known is a property
 * of the policy (e.g. {@code thompson-gaussian(variance=unknown)}), not of the arms; the problem
 * records the standard deviations so that a known-variance policy can be given the right one.
 */
public final class GaussianBandit extends StationaryBandit {

  private final double[] sigmas;

  /**
   * @param means expected rewards
   * @param sigmas standard deviations, one per arm or a single one for all, positive
   */
  public GaussianBandit(double[] means, double[] sigmas) {
    super(means);
    if (sigmas.length != 1 && sigmas.length != means.length) {
      throw new IllegalArgumentException("give one sigma or one per arm (" + means.length + "), got " + sigmas.length);
    }
    this.sigmas = new double[means.length];
    for (int arm = 0; arm < means.length; arm++) {
      double sigma = sigmas[sigmas.length == 1 ? 0 : arm];
      if (!(sigma > 0) || Double.isInfinite(sigma)) {
        throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
      }
      this.sigmas[arm] = sigma;
    }
  }

  /** The standard deviation of each arm (a copy). */
  public double[] sigmas() {
    return sigmas.clone();
  }

  @Override
  public double draw(int arm, long round, RandomGenerator random) {
    return mean(arm, round) + sigmas[arm] * random.nextGaussian();
  }

  @Override
  public String describe() {
    return "gaussian(means=" + meansText() + ",sigma=" + ParameterLists.format(sigmas) + ")";
  }
}
