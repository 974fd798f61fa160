package org.agora.markets.equilibrium;

/**
 * A two-sided normal (central-limit) confidence interval.
 *
 * @param estimate the point estimate
 * @param standardError the estimated standard error of the estimate
 * @param level the nominal coverage, in (0, 1)
 * @param low {@code estimate - z standardError}
 * @param high {@code estimate + z standardError}, with z the standard normal {@code (1 + level) / 2} quantile
 */
public record ConfidenceInterval(double estimate, double standardError, double level, double low, double high) {

  /** The interval {@code estimate +/- z standardError} at this level. */
  public static ConfidenceInterval normal(double estimate, double standardError, double level) {
    double z = normalQuantile((1 + level) / 2);
    return new ConfidenceInterval(estimate, standardError, level, estimate - z * standardError, estimate + z * standardError);
  }

  /** Whether the interval contains {@code value}. */
  public boolean contains(double value) {
    return low <= value && value <= high;
  }

  /**
   * The standard normal quantile for a probability in (0.5, 1), by bisection on the distribution function, itself
   * integrated from the density by Simpson's rule (error far below 1e-9 on the range used).
   */
  static double normalQuantile(double probability) {
    if (!(probability > 0.5 && probability < 1)) {
      throw new IllegalArgumentException("expected a probability in (0.5, 1), got " + probability);
    }
    double low = 0;
    double high = 40;
    for (int iteration = 0; iteration < 80 && high - low > 1e-12; iteration++) {
      double middle = (low + high) / 2;
      if (normalCdf(Math.min(middle, 10)) < probability && middle < 10) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return (low + high) / 2;
  }

  private static double normalCdf(double z) {
    int intervals = 2000;
    double h = z / intervals;
    double sum = density(0) + density(z);
    for (int k = 1; k < intervals; k++) {
      sum += (k % 2 == 1 ? 4 : 2) * density(k * h);
    }
    return 0.5 + sum * h / 3;
  }

  private static double density(double x) {
    return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
  }
}
