package org.agora.learning.bandits.arm;

import java.util.random.RandomGenerator;

/** Arms with Bernoulli(mu_k) rewards in {0, 1}. */
public final class BernoulliBandit extends StationaryBandit {

  /** @param means success probabilities in [0, 1] */
  public BernoulliBandit(double... means) {
    super(means);
    for (double mean : means) {
      if (!(mean >= 0 && mean <= 1)) {
        throw new IllegalArgumentException("Bernoulli means must be in [0, 1], got " + mean);
      }
    }
  }

  @Override
  public double draw(int arm, long round, RandomGenerator random) {
    return random.nextDouble() < mean(arm, round) ? 1 : 0;
  }

  @Override
  public String describe() {
    return "bernoulli(means=" + meansText() + ")";
  }
}
