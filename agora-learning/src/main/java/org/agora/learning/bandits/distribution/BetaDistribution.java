package org.agora.learning.bandits.distribution;

import java.util.random.RandomGenerator;

/**
 * The Beta(a, b) distribution: sampling, the regularised incomplete beta function (its CDF) and the
 * quantile.
 *
 * <p>Sampling draws X ~ Gamma(a), Y ~ Gamma(b) and returns X / (X + Y) (see {@link GammaDistribution}).
 * The CDF evaluates the continued fraction of the incomplete beta function (Abramowitz and Stegun
 * 26.5.8) by the modified Lentz method (W. J. Lentz, Applied Optics 15, 1976; I. J. Thompson and A. R.
 * Barnett, J. Comput. Phys. 64, 1986), on the side of the mean where it converges fast, about
 * O(sqrt(max(a, b))) terms. The quantile brackets the root and takes Newton steps with the density,
 * falling back to bisection whenever a step leaves the bracket; it is accurate to about 1e-12.
 */
public final class BetaDistribution {

  private static final double TINY = 1e-300;
  private static final double EPSILON = 1e-15;
  private static final int MAX_TERMS = 10_000;

  private BetaDistribution() {}

  /** Draws from Beta(a, b). */
  public static double sample(double a, double b, RandomGenerator random) {
    double x = GammaDistribution.sample(a, random);
    double y = GammaDistribution.sample(b, random);
    return x / (x + y);
  }

  /** ln B(a, b). */
  public static double logBeta(double a, double b) {
    return GammaDistribution.logGamma(a) + GammaDistribution.logGamma(b) - GammaDistribution.logGamma(a + b);
  }

  /** The density of Beta(a, b) at {@code x} in (0, 1). */
  public static double density(double x, double a, double b) {
    if (x <= 0 || x >= 1) {
      return 0;
    }
    return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
  }

  /** The regularised incomplete beta function I_x(a, b), the CDF of Beta(a, b) at {@code x}. */
  public static double cdf(double x, double a, double b) {
    if (!(a > 0 && b > 0)) {
      throw new IllegalArgumentException("beta parameters must be positive, got a=" + a + ", b=" + b);
    }
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    if (x > (a + 1) / (a + b + 2)) {
      return 1 - cdf(1 - x, b, a);
    }
    double front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b)) / a;
    return front * continuedFraction(x, a, b);
  }

  private static double continuedFraction(double x, double a, double b) {
    double f = 1;
    double c = 1;
    double d = 0;
    for (int i = 0; i <= MAX_TERMS; i++) {
      double numerator;
      if (i == 0) {
        numerator = 1;
      } else if (i % 2 == 0) {
        int m = i / 2;
        numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      } else {
        int m = i / 2;
        numerator = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
      }
      d = 1 + numerator * d;
      d = Math.abs(d) < TINY ? 1 / TINY : 1 / d;
      c = 1 + numerator / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      double step = c * d;
      f *= step;
      if (Math.abs(1 - step) < EPSILON) {
        return f - 1;
      }
    }
    return f - 1;
  }

  /**
   * The {@code p}-quantile of Beta(a, b): the x with I_x(a, b) = p.
   *
   * @param p probability in [0, 1]
   */
  public static double quantile(double p, double a, double b) {
    return quantile(p, a, b, a / (a + b));
  }

  /**
   * As {@link #quantile(double, double, double)}, starting the search at {@code guess} (a previous
   * quantile of a nearby distribution saves most of the Newton steps).
   */
  public static double quantile(double p, double a, double b, double guess) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
    }
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return 1;
    }
    double low = 0;
    double high = 1;
    double x = guess > 0 && guess < 1 ? guess : a / (a + b);
    for (int iteration = 0; iteration < 200; iteration++) {
      double error = cdf(x, a, b) - p;
      if (error == 0) {
        return x;
      }
      if (error > 0) {
        high = x;
      } else {
        low = x;
      }
      double slope = density(x, a, b);
      double next = slope > 0 ? x - error / slope : Double.NaN;
      if (!(next > low && next < high)) {
        next = 0.5 * (low + high);
      }
      if (Math.abs(next - x) < 1e-14 || high - low < 1e-15) {
        return next;
      }
      x = next;
    }
    return x;
  }
}
