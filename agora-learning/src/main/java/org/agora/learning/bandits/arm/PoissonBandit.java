package org.agora.learning.bandits.arm;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.distribution.PoissonDistribution;

/** Arms with Poisson(mu_k) rewards (see {@link PoissonDistribution} for the sampler). */
public final class PoissonBandit extends StationaryBandit {

  /** @param means non-negative expected rewards */
  public PoissonBandit(double... means) {
    super(means);
    for (double mean : means) {
      if (!(mean >= 0) || Double.isInfinite(mean)) {
        throw new IllegalArgumentException("Poisson means must be non-negative and finite, got " + mean);
      }
    }
  }

  @Override
  public double draw(int arm, long round, RandomGenerator random) {
    return PoissonDistribution.sample(mean(arm, round), random);
  }

  @Override
  public String describe() {
    return "poisson(means=" + meansText() + ")";
  }
}
