package org.agora.learning.bandits.arm;

import java.util.random.RandomGenerator;

/** Arms with exponential rewards of mean mu_k (rate 1/mu_k), drawn by inversion. */
public final class ExponentialBandit extends StationaryBandit {

  /** @param means positive expected rewards */
  public ExponentialBandit(double... means) {
    super(means);
    for (double mean : means) {
      if (!(mean > 0) || Double.isInfinite(mean)) {
        throw new IllegalArgumentException("exponential means must be positive and finite, got " + mean);
      }
    }
  }

  @Override
  public double draw(int arm, long round, RandomGenerator random) {
    return -mean(arm, round) * Math.log1p(-random.nextDouble());
  }

  @Override
  public String describe() {
    return "exponential(means=" + meansText() + ")";
  }
}
