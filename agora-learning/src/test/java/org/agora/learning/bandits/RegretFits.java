package org.agora.learning.bandits;

import java.util.List;

/** Averages and fits over the regret curves of several runs, for the regret checks. */
final class RegretFits {

  private RegretFits() {}

  /** The mean over runs of the cumulative regret at {@code round}. */
  static double meanRegret(List<BanditRun> runs, long round) {
    double total = 0;
    for (BanditRun run : runs) {
      total += run.regretAt(round);
    }
    return total / runs.size();
  }

  /** Least-squares slope of ln(mean regret) against ln t over the grid rounds in [from, to]. */
  static double logLogSlope(List<BanditRun> runs, long from, long to) {
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int n = 0;
    for (long round : runs.get(0).rounds()) {
      if (round < from || round > to) {
        continue;
      }
      double x = Math.log(round);
      double y = Math.log(meanRegret(runs, round));
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      n++;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  /** The Bernoulli divergence kl(p, q). */
  static double bernoulliKl(double p, double q) {
    return p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));
  }
}
