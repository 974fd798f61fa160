package org.agora.learning.bandits.distribution;

import java.util.random.RandomGenerator;

/**
 * Poisson sampling: multiplication of uniforms (Knuth, The Art of Computer Programming vol. 2, 3.4.1)
 * for means below 10, and the transformed rejection with squeeze PTRS of W. Hörmann, "The transformed
 * rejection method for generating Poisson random variables", Insurance: Mathematics and Economics
 * 12(1), 1993, for larger means (constant expected time).
 */
public final class PoissonDistribution {

  private PoissonDistribution() {}

  /** Draws from Poisson({@code mean}), mean non-negative. */
  public static long sample(double mean, RandomGenerator random) {
    if (mean < 10) {
      double limit = Math.exp(-mean);
      double product = random.nextDouble();
      long count = 0;
      while (product > limit) {
        product *= random.nextDouble();
        count++;
      }
      return count;
    }
    double sqrtMean = Math.sqrt(mean);
    double logMean = Math.log(mean);
    double b = 0.931 + 2.53 * sqrtMean;
    double a = -0.059 + 0.02483 * b;
    double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double acceptBound = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = random.nextDouble() - 0.5;
      double v = random.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= acceptBound) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b)
          <= -mean + k * logMean - GammaDistribution.logGamma(k + 1)) {
        return k;
      }
    }
  }
}
