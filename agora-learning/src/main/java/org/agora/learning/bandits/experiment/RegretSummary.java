package org.agora.learning.bandits.experiment;

/**
 * One (policy, problem) cell of a bandit experiment, over its seeds: the regret curve's mean on the
 * log grid with two bands, and the final regret's statistics. The 95% band is {@code mean +- 1.96
 * standard error} (normal approximation over the seeds); the quantile band holds the 10% and 90%
 * sample quantiles of the seeds' regrets at each grid round ({@link RegretStatistics#quantile}). With
 * one seed the standard deviation and the standard error are 0 and both bands collapse onto the curve.
 *
 * @param policy the policy string as given
 * @param problem the problem string as given
 * @param seeds the number of runs summarised
 * @param rounds the grid rounds, increasing, the last one the horizon
 * @param mean the mean cumulative regret at each grid round
 * @param standardError the standard error of that mean (sample standard deviation / sqrt(seeds))
 * @param lower95 {@code mean - 1.96 standardError}
 * @param upper95 {@code mean + 1.96 standardError}
 * @param quantile10 the 10% sample quantile at each grid round
 * @param quantile90 the 90% sample quantile at each grid round
 * @param finalMean the mean final regret
 * @param finalStandardDeviation the sample standard deviation of the final regret ({@code n - 1} divisor)
 * @param finalMin the least final regret
 * @param finalMax the largest final regret
 * @param nanos the summed running time of the cell's runs (not deterministic; excluded from comparisons)
 */
public record RegretSummary(String policy, String problem, int seeds, long[] rounds, double[] mean,
    double[] standardError, double[] lower95, double[] upper95, double[] quantile10, double[] quantile90,
    double finalMean, double finalStandardDeviation, double finalMin, double finalMax, long nanos) {

  /** The normal quantile of a two-sided 95% interval. */
  public static final double Z_95 = 1.96;

  /** The final regret's standard error: standard deviation / sqrt(seeds). */
  public double finalStandardError() {
    return finalStandardDeviation / Math.sqrt(seeds);
  }

  /** Half the width of the final regret's 95% confidence interval: {@code 1.96} standard errors. */
  public double finalHalfWidth() {
    return Z_95 * finalStandardError();
  }

  /** The horizon: the last grid round. */
  public long horizon() {
    return rounds[rounds.length - 1];
  }
}
