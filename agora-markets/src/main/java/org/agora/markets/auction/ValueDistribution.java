package org.agora.markets.auction;

import java.util.SplittableRandom;

/**
 * A distribution of a non-negative quantity (a click-through rate, a conversion value, a bidder's
 * value) sampled from a caller's random source without allocation.
 */
public sealed interface ValueDistribution {

  /** One draw. */
  double sample(SplittableRandom random);

  /** The distribution's mean. */
  double mean();

  /** Always {@code value}. */
  record Constant(double value) implements ValueDistribution {
    public Constant {
      check(value >= 0 && Double.isFinite(value), "a constant value must be finite and >= 0, got " + value);
    }

    @Override
    public double sample(SplittableRandom random) {
      return value;
    }

    @Override
    public double mean() {
      return value;
    }
  }

  /** Uniform on {@code [low, high)}. */
  record Uniform(double low, double high) implements ValueDistribution {
    public Uniform {
      check(low >= 0 && high > low && Double.isFinite(high), "a uniform distribution needs 0 <= low < high < infinity, got ["
          + low + ", " + high + ")");
    }

    @Override
    public double sample(SplittableRandom random) {
      return low + (high - low) * random.nextDouble();
    }

    @Override
    public double mean() {
      return (low + high) / 2;
    }
  }

  /** {@code exp(N(mu, sigma^2))}, the usual model of conversion values; mean {@code exp(mu + sigma^2 / 2)}. */
  record LogNormal(double mu, double sigma) implements ValueDistribution {
    public LogNormal {
      check(Double.isFinite(mu) && sigma >= 0 && Double.isFinite(sigma),
          "a log-normal distribution needs a finite mu and sigma >= 0, got mu " + mu + ", sigma " + sigma);
    }

    @Override
    public double sample(SplittableRandom random) {
      return Math.exp(mu + sigma * Gaussian.next(random));
    }

    @Override
    public double mean() {
      return Math.exp(mu + sigma * sigma / 2);
    }
  }

  private static void check(boolean valid, String message) {
    if (!valid) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Standard normal draws by the polar method (Marsaglia and Bray, SIAM Review 1964), one per call. */
  final class Gaussian {
    private Gaussian() {}

    static double next(SplittableRandom random) {
      double u;
      double v;
      double s;
      do {
        u = 2 * random.nextDouble() - 1;
        v = 2 * random.nextDouble() - 1;
        s = u * u + v * v;
      } while (s >= 1 || s == 0);
      return u * Math.sqrt(-2 * Math.log(s) / s);
    }
  }
}
