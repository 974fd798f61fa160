package org.agora.learning.bandits.policy;

/**
 * Kullback–Leibler divergences of one-parameter exponential families, parametrised by their means, and
 * the upper confidence index {@code max{q >= p : kl(p, q) <= bound}} that KL-UCB needs. The families
 * and the index are those of O. Cappé, A. Garivier, O.-A. Maillard, R. Munos and G. Stoltz,
 * "Kullback–Leibler upper confidence bounds for optimal sequential allocation", Annals of Statistics
 * 41(3), 2013.
 *
 * <p>The index solves {@code kl(p, q) = bound} for q: the divergence is increasing in q above p
 * (convex for Bernoulli and Poisson; the exponential one turns concave above 2p), so the root is
 * bracketed and Newton steps are taken from a start inside the bracket, falling back to bisection
 * whenever a step leaves the bracket or fails to halve the previous step. Gaussian has the closed form
 * {@code p + sigma sqrt(2 bound)}.
 */
public enum KlDivergence {
  /** Bernoulli: {@code p ln(p/q) + (1-p) ln((1-p)/(1-q))}, means in [0, 1]. */
  BERNOULLI,
  /** Gaussian with known variance sigma^2: {@code (p - q)^2 / (2 sigma^2)}. */
  GAUSSIAN,
  /** Poisson: {@code q - p + p ln(p/q)}. */
  POISSON,
  /** Exponential: {@code p/q - 1 - ln(p/q)}, means positive. */
  EXPONENTIAL;

  private static final double TOLERANCE = 1e-12;
  private static final int MAX_ITERATIONS = 100;
  private static final double BERNOULLI_EDGE = 1e-15;

  /** kl(p, q); {@code sigma} is used only by {@link #GAUSSIAN}. */
  public double divergence(double p, double q, double sigma) {
    switch (this) {
      case BERNOULLI -> {
        p = clamp(p);
        q = clamp(q);
        return p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));
      }
      case GAUSSIAN -> {
        return (p - q) * (p - q) / (2 * sigma * sigma);
      }
      case POISSON -> {
        return p <= 0 ? q : q - p + p * Math.log(p / q);
      }
      case EXPONENTIAL -> {
        double ratio = p / q;
        return ratio - 1 - Math.log(ratio);
      }
      default -> throw new AssertionError(this);
    }
  }

  /** d kl(p, q) / dq (not for {@link #GAUSSIAN}, whose index has a closed form). */
  public double derivative(double p, double q) {
    return switch (this) {
      case BERNOULLI -> (q - p) / (clamp(q) * (1 - clamp(q)));
      case GAUSSIAN -> throw new AssertionError("closed form");
      case POISSON -> 1 - p / q;
      case EXPONENTIAL -> (q - p) / (q * q);
    };
  }

  /**
   * The largest q >= p with kl(p, q) <= bound (for Bernoulli at most 1).
   *
   * @param p an empirical mean
   * @param bound a non-negative exploration budget, e.g. {@code (ln t + c ln ln t) / n}
   */
  public double upperIndex(double p, double bound, double sigma) {
    return upperIndex(p, bound, sigma, Double.NaN);
  }

  /**
   * As {@link #upperIndex(double, double, double)}, starting Newton's method at {@code guess} when it
   * lies inside the bracket (the previous round's index of the same arm is usually within 1e-4 of the
   * root, which leaves one or two steps).
   */
  public double upperIndex(double p, double bound, double sigma, double guess) {
    if (bound <= 0) {
      return p;
    }
    if (this == GAUSSIAN) {
      return p + sigma * Math.sqrt(2 * bound);
    }
    double low = p;
    double high;
    if (this == BERNOULLI) {
      if (p >= 1) {
        return 1;
      }
      // Pinsker: kl(p, q) >= 2 (q - p)^2, so the root is at most p + sqrt(bound / 2); and
      // kl(p, q) >= -H(p) - (1 - p) ln(1 - q), so it is at most 1 - exp(-(bound + H(p)) / (1 - p)).
      double clamped = clamp(p);
      double entropy = -clamped * Math.log(clamped) - (1 - clamped) * Math.log1p(-clamped);
      high = Math.min(Math.min(1 - BERNOULLI_EDGE, p + Math.sqrt(bound / 2)),
          Math.max(p, -Math.expm1(-(bound + entropy) / (1 - clamped))));
      if (divergence(p, high, sigma) <= bound) {
        return high >= 1 - BERNOULLI_EDGE ? 1 : high;
      }
    } else {
      if (this == EXPONENTIAL && p <= 0) {
        return 0;
      }
      double scale = Math.max(p, 1e-12);
      high = p + scale;
      while (divergence(p, high, sigma) <= bound) {
        low = high;
        high = p + 2 * (high - p);
        if (high > 1e300) {
          return Double.POSITIVE_INFINITY;
        }
      }
    }
    double q = guess > low && guess < high ? guess : high;
    // Bernoulli: p ln p + (1 - p) ln(1 - p) does not depend on q; compute it once.
    double pc = clamp(p);
    double negativeEntropy = this == BERNOULLI ? pc * Math.log(pc) + (1 - pc) * Math.log1p(-pc) : 0;
    double previousStep = high - low;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double excess = (this == BERNOULLI
          ? negativeEntropy - pc * Math.log(clamp(q)) - (1 - pc) * Math.log1p(-clamp(q))
          : divergence(p, q, sigma)) - bound;
      if (Math.abs(excess) <= TOLERANCE * Math.max(1, bound) || high - low <= TOLERANCE * Math.max(1, q)) {
        return q;
      }
      if (excess > 0) {
        high = q;
      } else {
        low = q;
      }
      double slope = derivative(p, q);
      double next = slope > 0 ? q - excess / slope : Double.NaN;
      // Bisect when Newton leaves the bracket or would shrink the step by less than half (near a pole).
      if (!(next > low && next < high) || Math.abs(2 * excess) > Math.abs(previousStep * slope)) {
        next = 0.5 * (low + high);
      }
      previousStep = Math.abs(next - q);
      q = next;
    }
    return q;
  }

  private static double clamp(double x) {
    return Math.min(Math.max(x, BERNOULLI_EDGE), 1 - BERNOULLI_EDGE);
  }
}
