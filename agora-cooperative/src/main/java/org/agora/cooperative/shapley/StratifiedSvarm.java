package org.agora.cooperative.shapley;

import java.util.SplittableRandom;
import org.agora.cooperative.CoalitionGame;

/**
 * Stratified SVARM of Kolpaczki, Bengs, Muschalik and Hüllermeier, "Approximating the Shapley value
 * without marginal contributions", AAAI 2024 (Algorithm 2). It writes {@code phi_i = (1/n)
 * sum_{l=0}^{n-1} (phi_{i,l}^+ - phi_{i,l}^-)}, where {@code phi_{i,l}^+} is the mean of v(S ∪ i) and
 * {@code phi_{i,l}^-} the mean of v(S) over the size-l coalitions S without i, and estimates each
 * stratum by a running mean. Steps:
 *
 * <ol>
 *   <li>Exact strata from v(∅), v(N), v({j}) and v(N \ j) (2n + 2 evaluations): {@code phi^+_{i,0}},
 *       {@code phi^-_{i,0}}, {@code phi^-_{i,1}}, {@code phi^+_{i,n-2}}, {@code phi^+_{i,n-1}}, {@code
 *       phi^-_{i,n-1}}. For n &lt;= 3 that is every stratum and the result is exact.
 *   <li>Warm-up: for each size s in [2, n-2], the members of a random permutation are cut into blocks
 *       of s (a short last block is filled up with random earlier players, which are not updated)
 *       so every player gets one sample of {@code phi^+_{i,s-1}}; likewise blocks of n - s give
 *       every player one coalition of size s without it, a sample of {@code phi^-_{i,s}}.
 *   <li>Each further evaluation draws a size s in [2, n-2] from the paper's distribution (for even
 *       n: {@code (n ln n - 1) / (2 s n ln n (H_{n/2-1} - 1))} for s &lt; n/2, {@code 1/(n ln n)} at
 *       n/2, mirrored above; for odd n {@code 1 / (2 s (H_{(n-1)/2} - 1))}, mirrored), a uniform
 *       coalition A of that size, and updates {@code phi^+_{i,s-1}} for every member and {@code
 *       phi^-_{i,s}} for every non-member.
 * </ol>
 *
 * <p>Departures: the size probabilities are renormalised to sum to 1 (for n = 4 the formula's single
 * size s = 2 gets probability 1). The standard error is {@code (1/n) sqrt(sum_l (s_{+,l}^2/c_{+,l} +
 * s_{-,l}^2/c_{-,l}))} over the sampled strata (NaN while a stratum has fewer than 2 samples); the
 * paper reports none. Needs a budget of 2n + 2 plus the warm-up, {@code sum_{s=2}^{n-2}
 * (ceil(n/s) + ceil(n/(n-s)))}.
 */
public final class StratifiedSvarm implements ShapleyEstimator {

  @Override
  public String name() {
    return "stratified-svarm";
  }

  /** The evaluations spent before the sampling loop: exact strata and warm-up. */
  public static long minimumBudget(int n) {
    if (n == 1) {
      return 2;
    }
    long needed = 2L * n + 2;
    for (int s = 2; s <= n - 2; s++) {
      needed += (n + s - 1) / s + (2L * n - s - 1) / (n - s);
    }
    return needed;
  }

  @Override
  public ShapleyEstimate estimate(CoalitionGame game, long budget, long seed) {
    int n = game.playerCount();
    if (n == 1) {
      return Sampling.singlePlayer(game, budget, name());
    }
    Sampling.requireBudget(name(), n, budget, minimumBudget(n));
    SplittableRandom random = new SplittableRandom(seed);
    long grand = (1L << n) - 1;
    double[] plusMean = new double[n * n];
    double[] plusM2 = new double[n * n];
    long[] plusCount = new long[n * n];
    double[] minusMean = new double[n * n];
    double[] minusM2 = new double[n * n];
    long[] minusCount = new long[n * n];
    double empty = game.value(0);
    double full = game.value(grand);
    double[] singles = new double[n];
    double[] allBut = new double[n];
    double singleSum = 0;
    double allButSum = 0;
    for (int j = 0; j < n; j++) {
      singles[j] = game.value(1L << j);
      allBut[j] = game.value(grand & ~(1L << j));
      singleSum += singles[j];
      allButSum += allBut[j];
    }
    long used = 2L * n + 2;
    for (int i = 0; i < n; i++) {
      plusMean[i * n] = singles[i];
      minusMean[i * n] = empty;
      plusMean[i * n + n - 1] = full;
      minusMean[i * n + n - 1] = allBut[i];
      if (n >= 3) {
        minusMean[i * n + 1] = (singleSum - singles[i]) / (n - 1);
        plusMean[i * n + n - 2] = (allButSum - allBut[i]) / (n - 1);
      }
    }
    if (n >= 4) {
      int[] order = new int[n];
      for (int s = 2; s <= n - 2; s++) {
        used += warmUp(game, s, true, order, random, plusMean, plusM2, plusCount);
        used += warmUp(game, n - s, false, order, random, minusMean, minusM2, minusCount);
      }
      double[] cumulative = sizeDistribution(n);
      int[] candidates = new int[n];
      while (used < budget) {
        int size = Sampling.draw(cumulative, random) + 2;
        for (int j = 0; j < n; j++) {
          candidates[j] = j;
        }
        long coalition = Sampling.randomSubset(candidates, n, size, random);
        double value = game.value(coalition);
        used++;
        for (int i = 0; i < n; i++) {
          if ((coalition >>> i & 1) != 0) {
            Svarm.update(plusMean, plusM2, plusCount, i * n + size - 1, value);
          } else {
            Svarm.update(minusMean, minusM2, minusCount, i * n + size, value);
          }
        }
      }
    }
    double[] values = new double[n];
    double[] errors = new double[n];
    for (int i = 0; i < n; i++) {
      double variance = 0;
      for (int l = 0; l < n; l++) {
        int cell = i * n + l;
        values[i] += plusMean[cell] - minusMean[cell];
        if (l >= 1 && l <= n - 3) {
          variance += squaredError(plusM2[cell], plusCount[cell]);
        }
        if (l >= 2 && l <= n - 2) {
          variance += squaredError(minusM2[cell], minusCount[cell]);
        }
      }
      values[i] /= n;
      errors[i] = Math.sqrt(variance) / n;
    }
    return new ShapleyEstimate(values, errors, used);
  }

  private static double squaredError(double m2, long count) {
    double error = Sampling.standardError(m2, count);
    return error * error;
  }

  /**
   * One warm-up pass: blocks of {@code blockSize} players of a random permutation; for the plus
   * strata the block is the coalition, for the minus strata its complement. Returns the evaluations.
   */
  private static long warmUp(CoalitionGame game, int blockSize, boolean plus, int[] order, SplittableRandom random,
      double[] mean, double[] m2, long[] count) {
    int n = order.length;
    long grand = (1L << n) - 1;
    Sampling.shufflePermutation(order, random);
    long evaluations = 0;
    for (int start = 0; start < n; start += blockSize) {
      int end = Math.min(start + blockSize, n);
      long block = 0;
      for (int k = start; k < end; k++) {
        block |= 1L << order[k];
      }
      long filled = block;
      int missing = blockSize - (end - start);
      if (missing > 0) {
        filled |= Sampling.randomSubset(order, start, missing, random);
      }
      long coalition = plus ? filled : grand & ~filled;
      int size = Long.bitCount(coalition);
      double value = game.value(coalition);
      evaluations++;
      for (long rest = block; rest != 0; rest &= rest - 1) {
        int i = Long.numberOfTrailingZeros(rest);
        Svarm.update(mean, m2, count, i * n + (plus ? size - 1 : size), value);
      }
    }
    return evaluations;
  }

  /** The cumulative distribution of the sampled sizes s = 2..n-2 (index s - 2), n &gt;= 4. */
  static double[] sizeDistribution(int n) {
    double[] weights = new double[n - 3];
    double logN = Math.log(n);
    for (int s = 2; s <= n - 2; s++) {
      double weight;
      int low = Math.min(s, n - s);
      if (n % 2 == 0) {
        double harmonic = harmonic(n / 2 - 1);
        weight = 2 * s == n ? 1 / (n * logN)
            : (n * logN - 1) / (2 * low * n * logN * (harmonic - 1));
      } else {
        weight = 1 / (2 * low * (harmonic((n - 1) / 2) - 1));
      }
      weights[s - 2] = weight;
    }
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double[] cumulative = new double[weights.length];
    double sum = 0;
    for (int k = 0; k < weights.length; k++) {
      sum += weights[k] / total;
      cumulative[k] = sum;
    }
    cumulative[cumulative.length - 1] = 1;
    return cumulative;
  }

  private static double harmonic(int m) {
    double sum = 0;
    for (int k = 1; k <= m; k++) {
      sum += 1.0 / k;
    }
    return sum;
  }
}
