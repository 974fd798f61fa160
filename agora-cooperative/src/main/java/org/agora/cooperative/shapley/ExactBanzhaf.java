package org.agora.cooperative.shapley;

import org.agora.cooperative.CoalitionGame;

/**
 * The exact Banzhaf value (Banzhaf, "Weighted voting doesn't work: a mathematical analysis",
 * Rutgers Law Review 19, 1965; as a value, Owen, "Multilinear extensions and the Banzhaf value",
 * Naval Research Logistics Quarterly 22, 1975), {@code beta_i = 2^{1-n} sum_{S ∌ i} (v(S ∪ i) -
 * v(S)) = 2^{1-n} (2 sum_{T ∋ i} v(T) - sum_T v(T))}, from one Gray-code pass over the 2^n
 * coalitions: O(2^n n) time. Not efficient in general. Needs a budget of 2^n; at most 25 players.
 */
public final class ExactBanzhaf implements ShapleyEstimator {

  @Override
  public String name() {
    return "banzhaf";
  }

  @Override
  public ShapleyEstimate estimate(CoalitionGame game, long budget, long seed) {
    int n = game.playerCount();
    ExactShapley.checkSize("exact Banzhaf", n, budget);
    double[] sums = new double[n];
    double total = 0;
    long count = 1L << n;
    long mask = 0;
    for (long step = 0; step < count; step++) {
      if (step > 0) {
        mask ^= 1L << Long.numberOfTrailingZeros(step);
      }
      double value = game.value(mask);
      total += value;
      long rest = mask;
      while (rest != 0) {
        sums[Long.numberOfTrailingZeros(rest)] += value;
        rest &= rest - 1;
      }
    }
    double scale = Math.scalb(1.0, 1 - n);
    for (int i = 0; i < n; i++) {
      sums[i] = (2 * sums[i] - total) * scale;
    }
    return new ShapleyEstimate(sums, new double[n], count);
  }
}
