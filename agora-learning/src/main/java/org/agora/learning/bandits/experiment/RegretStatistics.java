package org.agora.learning.bandits.experiment;

import java.util.Arrays;

/**
 * Summarises the regret curves of one (policy, problem) cell over its seeds into a {@link
 * RegretSummary}: per grid round the mean, the standard error, the 95% normal band and the 10%/90%
 * sample quantiles; the final regret's mean, standard deviation, minimum and maximum. Means and
 * deviations are computed in two passes (mean first, then squared deviations), which keeps the
 * variance non-negative and accurate when the regrets are large and close together.
 *
 * <p>Quantiles are the continuous sample quantile of R. J. Hyndman and Y. Fan, "Sample quantiles in
 * statistical packages", The American Statistician 50(4), 1996 (their definition 7, R's and NumPy's
 * default): with the values sorted as {@code x[0] <= ... <= x[n-1]} and {@code h = (n - 1) p}, the
 * quantile is {@code x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])}.
 *
 * <p>Cost: O(S G log S) for S seeds and G grid rounds (one sort per grid round).
 */
public final class RegretStatistics {

  private RegretStatistics() {}

  /**
   * Summarises {@code regrets[seed][gridPoint]}.
   *
   * @param rounds the grid rounds shared by every curve
   * @param regrets one cumulative regret curve per seed, each as long as {@code rounds}
   * @param nanos the summed running time of the runs
   */
  public static RegretSummary summarise(String policy, String problem, long[] rounds, double[][] regrets, long nanos) {
    int seeds = regrets.length;
    int points = rounds.length;
    if (seeds == 0) {
      throw new IllegalArgumentException("no runs to summarise for " + policy + " on " + problem);
    }
    double[] mean = new double[points];
    double[] standardError = new double[points];
    double[] lower = new double[points];
    double[] upper = new double[points];
    double[] quantile10 = new double[points];
    double[] quantile90 = new double[points];
    double[] column = new double[seeds];
    for (int point = 0; point < points; point++) {
      for (int seed = 0; seed < seeds; seed++) {
        if (regrets[seed].length != points) {
          throw new IllegalArgumentException("curve " + seed + " has " + regrets[seed].length + " points, not " + points);
        }
        column[seed] = regrets[seed][point];
      }
      double average = mean(column);
      double error = standardDeviation(column, average) / Math.sqrt(seeds);
      mean[point] = average;
      standardError[point] = error;
      lower[point] = average - RegretSummary.Z_95 * error;
      upper[point] = average + RegretSummary.Z_95 * error;
      Arrays.sort(column);
      quantile10[point] = sortedQuantile(column, 0.1);
      quantile90[point] = sortedQuantile(column, 0.9);
    }
    int last = points - 1;
    for (int seed = 0; seed < seeds; seed++) {
      column[seed] = regrets[seed][last];
    }
    double finalMean = mean(column);
    double finalDeviation = standardDeviation(column, finalMean);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : column) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    return new RegretSummary(policy, problem, seeds, rounds.clone(), mean, standardError, lower, upper, quantile10,
        quantile90, finalMean, finalDeviation, min, max, nanos);
  }

  /** The arithmetic mean. */
  static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  /** The sample standard deviation about {@code mean} ({@code n - 1} divisor); 0 for one value. */
  static double standardDeviation(double[] values, double mean) {
    if (values.length < 2) {
      return 0;
    }
    double squares = 0;
    for (double value : values) {
      double deviation = value - mean;
      squares += deviation * deviation;
    }
    return Math.sqrt(squares / (values.length - 1));
  }

  /**
   * The sample quantile of {@code values} at probability {@code p} (Hyndman and Fan's definition 7).
   *
   * @param values at least one value; not modified
   * @param p in [0, 1]
   */
  public static double quantile(double[] values, double p) {
    if (values.length == 0 || !(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("need values and p in [0, 1], got " + values.length + " values, p = " + p);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sortedQuantile(sorted, p);
  }

  private static double sortedQuantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int below = (int) Math.floor(h);
    if (below >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
  }
}
