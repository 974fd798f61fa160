package org.agora.cooperative.shapley;

import java.util.SplittableRandom;
import org.agora.cooperative.CoalitionGame;

/**
 * SVARM, the Shapley Value Approximation without Requesting Marginals of Kolpaczki, Bengs,
 * Muschalik and Hüllermeier, "Approximating the Shapley value without marginal contributions", AAAI
 * 2024 (Algorithm 1). It splits {@code phi_i = phi_i^+ - phi_i^-} with {@code phi_i^+ = sum_{S ∌ i}
 * w(S) v(S ∪ i)} and {@code phi_i^- = sum_{S ∌ i} w(S) v(S)}, w the Shapley weights, and estimates
 * both by running means. After a warm-up that gives every player one sample of each (S of uniform
 * size in [0, n-1], then uniform among those sets without i; 2n evaluations), each round draws
 * {@code A+} with size l in [1, n] of probability 1/(l H_n) and uniform members, whose value updates
 * phi^+ of every member, and {@code A-} with size l in [0, n-1] of probability 1/((n-l) H_n), whose
 * value updates phi^- of every non-member: 2 evaluations per round update many players at once.
 * Conditioned on membership, both draws follow the Shapley distribution, so each player's samples
 * are independent draws and the standard error is {@code sqrt(s+^2/c+ + s-^2/c-)} from the sample
 * variances of the values it received (NaN while a count is below 2). Needs a budget of at least 2n.
 */
public final class Svarm implements ShapleyEstimator {

  @Override
  public String name() {
    return "svarm";
  }

  @Override
  public ShapleyEstimate estimate(CoalitionGame game, long budget, long seed) {
    int n = game.playerCount();
    if (n == 1) {
      return Sampling.singlePlayer(game, budget, name());
    }
    Sampling.requireBudget(name(), n, budget, 2L * n);
    SplittableRandom random = new SplittableRandom(seed);
    double[] plusCumulative = new double[n];
    double[] minusCumulative = new double[n];
    double harmonic = 0;
    for (int l = 1; l <= n; l++) {
      harmonic += 1.0 / l;
    }
    double plusSum = 0;
    double minusSum = 0;
    for (int k = 0; k < n; k++) {
      plusSum += 1.0 / ((k + 1) * harmonic);
      plusCumulative[k] = plusSum;
      minusSum += 1.0 / ((n - k) * harmonic);
      minusCumulative[k] = minusSum;
    }
    plusCumulative[n - 1] = 1;
    minusCumulative[n - 1] = 1;
    double[] plusMean = new double[n];
    double[] plusM2 = new double[n];
    long[] plusCount = new long[n];
    double[] minusMean = new double[n];
    double[] minusM2 = new double[n];
    long[] minusCount = new long[n];
    int[] candidates = new int[n];
    for (int i = 0; i < n; i++) {
      long plus = warmUpSet(n, i, candidates, random) | 1L << i;
      update(plusMean, plusM2, plusCount, i, game.value(plus));
      long minus = warmUpSet(n, i, candidates, random);
      update(minusMean, minusM2, minusCount, i, game.value(minus));
    }
    long used = 2L * n;
    long grand = (1L << n) - 1;
    while (used + 2 <= budget) {
      long plus = drawSet(n, Sampling.draw(plusCumulative, random) + 1, candidates, random);
      double plusValue = game.value(plus);
      for (long rest = plus; rest != 0; rest &= rest - 1) {
        update(plusMean, plusM2, plusCount, Long.numberOfTrailingZeros(rest), plusValue);
      }
      long minus = drawSet(n, Sampling.draw(minusCumulative, random), candidates, random);
      double minusValue = game.value(minus);
      for (long rest = grand & ~minus; rest != 0; rest &= rest - 1) {
        update(minusMean, minusM2, minusCount, Long.numberOfTrailingZeros(rest), minusValue);
      }
      used += 2;
    }
    double[] values = new double[n];
    double[] errors = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = plusMean[i] - minusMean[i];
      double plusError = Sampling.standardError(plusM2[i], plusCount[i]);
      double minusError = Sampling.standardError(minusM2[i], minusCount[i]);
      errors[i] = Math.sqrt(plusError * plusError + minusError * minusError);
    }
    return new ShapleyEstimate(values, errors, used);
  }

  /** A set without {@code player}: size uniform in [0, n-1], members uniform. */
  private static long warmUpSet(int n, int player, int[] candidates, SplittableRandom random) {
    int c = 0;
    for (int j = 0; j < n; j++) {
      if (j != player) {
        candidates[c++] = j;
      }
    }
    return Sampling.randomSubset(candidates, n - 1, random.nextInt(n), random);
  }

  private static long drawSet(int n, int size, int[] candidates, SplittableRandom random) {
    for (int j = 0; j < n; j++) {
      candidates[j] = j;
    }
    return Sampling.randomSubset(candidates, n, size, random);
  }

  static void update(double[] mean, double[] m2, long[] count, int cell, double value) {
    long seen = ++count[cell];
    double delta = value - mean[cell];
    mean[cell] += delta / seen;
    m2[cell] += delta * (value - mean[cell]);
  }
}
