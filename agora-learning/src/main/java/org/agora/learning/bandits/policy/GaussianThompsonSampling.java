package org.agora.learning.bandits.policy;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.distribution.GammaDistribution;

/**
 * Thompson sampling for Gaussian rewards.
 *
 * <p>Known variance sigma^2: the Gaussian posterior of S. Agrawal and N. Goyal, "Further optimal
 * regret bounds for Thompson sampling", AISTATS 2013: theta_k ~ N(S_k / (n_k + 1), sigma^2 / (n_k +
 * 1)), which needs no initial pulls.
 *
 * <p>Unknown variance: the prior pi(mu, sigma^2) proportional to (sigma^2)^(-1-alpha) studied by J.
 * Honda and A. Takemura, "Optimality of Thompson sampling for Gaussian bandits depends on priors",
 * AISTATS 2014. With n_k >= 2 observations, mean m_k and sum of squared deviations Q_k, the posterior
 * is tau = 1 / sigma^2 ~ Gamma((n_k - 1)/2 + alpha, rate Q_k / 2) and mu | tau ~ N(m_k, 1 / (n_k tau));
 * every arm is pulled twice first. Honda and Takemura show the choice of alpha matters (alpha < 1 for
 * their optimality result); alpha = 0 is the default.
 */
public final class GaussianThompsonSampling extends EmpiricalMeansPolicy {

  private final double[] squares;
  private final boolean knownVariance;
  private final double sigma;
  private final double alpha;
  private final RandomGenerator random;

  /**
   * @param knownVariance whether sigma is the known standard deviation of every arm
   * @param sigma the known standard deviation (ignored otherwise)
   * @param alpha the prior exponent for unknown variance (ignored otherwise), greater than -1/2
   */
  public GaussianThompsonSampling(int armCount, boolean knownVariance, double sigma, double alpha,
      RandomGenerator random) {
    super(armCount);
    this.squares = new double[armCount];
    this.knownVariance = knownVariance;
    this.sigma = sigma;
    this.alpha = alpha;
    this.random = random;
  }

  @Override
  protected int initialPulls() {
    return knownVariance ? 0 : 2;
  }

  @Override
  public void reset() {
    super.reset();
    java.util.Arrays.fill(squares, 0);
  }

  @Override
  public void update(int arm, double reward) {
    super.update(arm, reward);
    squares[arm] += reward * reward;
  }

  @Override
  protected int chooseAmongExplored(long round) {
    int best = 0;
    double bestSample = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < counts.length; arm++) {
      double n = counts[arm];
      double sample;
      if (knownVariance) {
        sample = sums[arm] / (n + 1) + sigma / Math.sqrt(n + 1) * random.nextGaussian();
      } else {
        double mean = sums[arm] / n;
        double deviations = Math.max(squares[arm] - n * mean * mean, 1e-12);
        double precision = GammaDistribution.sample((n - 1) / 2 + alpha, random) / (deviations / 2);
        sample = mean + random.nextGaussian() / Math.sqrt(n * precision);
      }
      if (sample > bestSample) {
        bestSample = sample;
        best = arm;
      }
    }
    return best;
  }

  @Override
  public String describe() {
    return knownVariance ? "thompson-gaussian(variance=known,sigma=" + sigma + ")"
        : "thompson-gaussian(variance=unknown,alpha=" + alpha + ")";
  }
}
