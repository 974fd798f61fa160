package org.agora.learning.bandits.arm;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.ParameterLists;

/**
 * Arms with Gaussian N(mu_k, sigma_k^2) rewards. The problem also says whether the variance counts as
 * known to the learner ({@link #varianceKnown()}, parameter {@code variance=known|unknown}): the draws
 * are the same, but a runner may hand a known sigma to the policies that use one ({@code
 * thompson-gaussian(sigma=...)}, {@code kl-ucb(kl=gaussian,sigma=...)}) and must not when it is
 * unknown (then {@code thompson-gaussian(variance=unknown)} is the policy meant for it).
 */
public final class GaussianBandit extends StationaryBandit {

  private final double[] sigmas;
  private final boolean varianceKnown;

  /**
   * @param means expected rewards
   * @param sigmas standard deviations, one per arm or a single one for all, positive
   * @param varianceKnown whether the learner may be told the standard deviations
   */
  public GaussianBandit(double[] means, double[] sigmas, boolean varianceKnown) {
    super(means);
    this.varianceKnown = varianceKnown;
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

  /** Whether the learner may be told the standard deviations. */
  public boolean varianceKnown() {
    return varianceKnown;
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
    return "gaussian(means=" + meansText() + ",sigma=" + ParameterLists.format(sigmas)
        + ",variance=" + (varianceKnown ? "known" : "unknown") + ")";
  }
}
