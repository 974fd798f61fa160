package org.agora.evaluation.statistics;

/**
 * Count, mean and sum of squared deviations of a stream of numbers, updated with Welford's method
 * and merged with the pairwise formula of Chan, Golub and LeVeque ("Algorithms for computing the
 * sample variance: analysis and recommendations", The American Statistician, 1983). Merging in a
 * fixed order gives the same result however the stream was split across threads.
 */
public final class RunningStatistics {

  /** Two-sided 95% quantile of the standard normal distribution. */
  public static final double Z_95 = 1.96;

  private long count;
  private double mean;
  private double squaredDeviations;

  /** Adds one observation. */
  public void add(double value) {
    count++;
    double delta = value - mean;
    mean += delta / count;
    squaredDeviations += delta * (value - mean);
  }

  /** Adds all observations summarized by {@code other}. */
  public void merge(RunningStatistics other) {
    if (other.count == 0) {
      return;
    }
    if (count == 0) {
      count = other.count;
      mean = other.mean;
      squaredDeviations = other.squaredDeviations;
      return;
    }
    long total = count + other.count;
    double delta = other.mean - mean;
    mean += delta * other.count / total;
    squaredDeviations += other.squaredDeviations + delta * delta * ((double) count * other.count / total);
    count = total;
  }

  /** Number of observations. */
  public long count() {
    return count;
  }

  /** Sample mean (NaN when empty). */
  public double mean() {
    return count == 0 ? Double.NaN : mean;
  }

  /** Sample standard deviation with Bessel's correction (NaN with fewer than two observations). */
  public double standardDeviation() {
    return count < 2 ? Double.NaN : Math.sqrt(squaredDeviations / (count - 1));
  }

  /**
   * Half width of the normal-approximation 95% confidence interval of the mean,
   * {@code 1.96 * sd / sqrt(n)} (NaN with fewer than two observations).
   */
  public double halfWidth95() {
    return Z_95 * standardDeviation() / Math.sqrt(count);
  }
}
