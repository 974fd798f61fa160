package org.agora.cooperative.shapley;

import java.util.SplittableRandom;
import org.agora.cooperative.CoalitionGame;

/**
 * Stratified sampling of marginal contributions by coalition size: {@code phi_i = (1/n) sum_{k=0}^{n-1}
 * E[v(S ∪ i) - v(S)]} with S uniform among the size-k coalitions without i (Maleki, Tran-Thanh,
 * Hines, Rahwan and Rogers, "Bounding the estimation error of sampling-based Shapley value
 * approximation", arXiv:1306.4265, 2013), with the two-stage optimum (Neyman) allocation of Castro,
 * Gómez, Molina and Tejada, "Improving polynomial estimation of the Shapley value by stratified
 * random sampling with optimum allocation", Computers &amp; Operations Research 82, 2017: half the
 * samples are spread evenly over the strata, the rest in proportion to each stratum's sample
 * standard deviation.
 *
 * <p>Departure: the strata k = 0 and k = n - 1 hold one coalition each and are computed exactly
 * from v(∅), v(N), v({i}) and v(N \ i) (2n + 2 evaluations) instead of being sampled. Each marginal
 * contribution costs 2 evaluations. The standard error is {@code (1/n) sqrt(sum_k s_k^2 / m_k)}.
 * Needs a budget of at least 2n + 2 + 8n(n - 2) (two samples per stratum in each stage).
 */
public final class StratifiedSampling implements ShapleyEstimator {

  @Override
  public String name() {
    return "stratified";
  }

  @Override
  public ShapleyEstimate estimate(CoalitionGame game, long budget, long seed) {
    int n = game.playerCount();
    if (n == 1) {
      return Sampling.singlePlayer(game, budget, name());
    }
    long grand = (1L << n) - 1;
    int strata = n - 2;
    Sampling.requireBudget(name(), n, budget, 2L * n + 2 + 8L * n * strata);
    SplittableRandom random = new SplittableRandom(seed);
    double empty = game.value(0);
    double full = game.value(grand);
    double[] values = new double[n];
    long used = 2;
    for (int i = 0; i < n; i++) {
      values[i] = game.value(1L << i) - empty + full - game.value(grand & ~(1L << i));
      used += 2;
    }
    double[] errors = new double[n];
    if (strata == 0) {
      for (int i = 0; i < n; i++) {
        values[i] /= n;
      }
      return new ShapleyEstimate(values, errors, used);
    }
    long samples = (budget - used) / 2;
    long firstStage = samples / 2 / ((long) n * strata);
    double[] mean = new double[n * strata];
    double[] m2 = new double[n * strata];
    long[] count = new long[n * strata];
    int[] candidates = new int[n - 1];
    for (int i = 0; i < n; i++) {
      for (int k = 1; k <= strata; k++) {
        for (long s = 0; s < firstStage; s++) {
          sample(game, i, k, candidates, random, mean, m2, count, i * strata + k - 1);
        }
      }
    }
    used += 2 * firstStage * n * strata;
    long rest = (budget - used) / 2;
    double totalDeviation = 0;
    for (int cell = 0; cell < mean.length; cell++) {
      totalDeviation += Math.sqrt(m2[cell] / (count[cell] - 1));
    }
    for (int cell = 0; cell < mean.length; cell++) {
      double share = totalDeviation > 0 ? Math.sqrt(m2[cell] / (count[cell] - 1)) / totalDeviation
          : 1.0 / mean.length;
      long extra = (long) Math.floor(rest * share);
      int i = cell / strata;
      int k = cell % strata + 1;
      for (long s = 0; s < extra; s++) {
        sample(game, i, k, candidates, random, mean, m2, count, cell);
      }
      used += 2 * extra;
    }
    for (int i = 0; i < n; i++) {
      double variance = 0;
      for (int k = 0; k < strata; k++) {
        int cell = i * strata + k;
        values[i] += mean[cell];
        variance += m2[cell] / (count[cell] - 1) / count[cell];
      }
      values[i] /= n;
      errors[i] = Math.sqrt(variance) / n;
    }
    return new ShapleyEstimate(values, errors, used);
  }

  private static void sample(CoalitionGame game, int player, int size, int[] candidates, SplittableRandom random,
      double[] mean, double[] m2, long[] count, int cell) {
    int n = game.playerCount();
    int c = 0;
    for (int j = 0; j < n; j++) {
      if (j != player) {
        candidates[c++] = j;
      }
    }
    long coalition = Sampling.randomSubset(candidates, n - 1, size, random);
    double marginal = game.value(coalition | 1L << player) - game.value(coalition);
    long seen = ++count[cell];
    double delta = marginal - mean[cell];
    mean[cell] += delta / seen;
    m2[cell] += delta * (marginal - mean[cell]);
  }
}
