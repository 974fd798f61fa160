package org.agora.markets.pacing.multichannel;

/**
 * How one channel spends a per-channel budget for an advertiser: it maximises the conversions it buys
 * from its auctions, auction {@code n} costing {@code d_n} (the price to win it, the highest competing
 * bid in a second-price auction) and yielding {@code v_n} conversions, subject to the budget, and may buy
 * a fraction of an auction (the LP relaxation of the 0-1 knapsack, which is what the channel's
 * conversion-maximising autobidder solves in Deng et al., ICML 2023, with the per-channel ROI omitted).
 * The optimum takes auctions in decreasing order of {@code v_n / d_n}, so the conversions it buys are a
 * concave, piecewise-linear, non-decreasing function of the budget, and it spends
 * {@code min(budget, total cost)}.
 *
 * <p>{@link #load} sorts one period's auctions ({@code O(M log M)}, in arrays kept between calls, so that
 * a period allocates nothing once the arrays are large enough); {@link #conversions} and {@link #spend}
 * are {@code O(log M)}. Mutable; one per thread.
 */
public final class ChannelProcurement {

  private double[] ratio = new double[0];
  private double[] value = new double[0];
  private double[] cost = new double[0];
  private double[] cumulativeCost = new double[1];
  private double[] cumulativeValue = new double[1];
  private int count;

  /** A channel with no auction loaded. */
  public ChannelProcurement() {}

  /** A channel with these auctions loaded (see {@link #load}). */
  public ChannelProcurement(double[] values, double[] costs) {
    load(values, costs, values.length);
  }

  /**
   * Loads the first {@code auctions} auctions of a period, replacing the previous ones.
   *
   * @param values each auction's conversions (finite, &gt;= 0); auctions with none are never bought
   * @param costs each auction's price (finite, &gt;= 0)
   * @throws IllegalArgumentException for a negative or non-finite entry or too short an array
   */
  public void load(double[] values, double[] costs, int auctions) {
    if (auctions < 0 || auctions > values.length || auctions > costs.length) {
      throw new IllegalArgumentException("cannot load " + auctions + " auctions from " + values.length
          + " values and " + costs.length + " costs");
    }
    if (ratio.length < auctions) {
      ratio = new double[auctions];
      value = new double[auctions];
      cost = new double[auctions];
      cumulativeCost = new double[auctions + 1];
      cumulativeValue = new double[auctions + 1];
    }
    count = 0;
    for (int n = 0; n < auctions; n++) {
      double v = values[n];
      double d = costs[n];
      if (!(v >= 0) || Double.isInfinite(v) || !(d >= 0) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("auction " + n + " has value " + v + " and cost " + d
            + "; both must be finite and >= 0");
      }
      if (v > 0) {
        ratio[count] = d == 0 ? Double.POSITIVE_INFINITY : v / d;
        value[count] = v;
        cost[count] = d;
        count++;
      }
    }
    sortByRatioDescending(count);
    for (int k = 0; k < count; k++) {
      cumulativeCost[k + 1] = cumulativeCost[k] + cost[k];
      cumulativeValue[k + 1] = cumulativeValue[k] + value[k];
    }
  }

  /** Shell sort of the parallel arrays by decreasing ratio (no boxing, no allocation). */
  private void sortByRatioDescending(int n) {
    for (int gap = n / 2; gap > 0; gap = gap == 2 ? 1 : (int) (gap / 2.2)) {
      for (int i = gap; i < n; i++) {
        double r = ratio[i];
        double v = value[i];
        double d = cost[i];
        int j = i;
        while (j >= gap && ratio[j - gap] < r) {
          ratio[j] = ratio[j - gap];
          value[j] = value[j - gap];
          cost[j] = cost[j - gap];
          j -= gap;
        }
        ratio[j] = r;
        value[j] = v;
        cost[j] = d;
      }
    }
  }

  /** The total price of every auction with conversions: a budget above it is never used. */
  public double totalCost() {
    return cumulativeCost[count];
  }

  /** The total conversions of every auction. */
  public double totalConversions() {
    return cumulativeValue[count];
  }

  /** What the channel spends with this budget: {@code min(budget, total cost)}. */
  public double spend(double budget) {
    return Math.max(0, Math.min(budget, cumulativeCost[count]));
  }

  /** The conversions the channel buys with this budget. */
  public double conversions(double budget) {
    if (!(budget > 0)) {
      // free auctions (cost 0) come first and are bought even with no budget
      return freeConversions();
    }
    if (budget >= cumulativeCost[count]) {
      return cumulativeValue[count];
    }
    int low = 0; // the largest k with cumulativeCost[k] <= budget
    int high = count;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (cumulativeCost[middle] <= budget) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return cumulativeValue[low] + (budget - cumulativeCost[low]) / cost[low] * value[low];
  }

  private double freeConversions() {
    double total = 0;
    for (int k = 0; k < count && cost[k] == 0; k++) {
      total += value[k];
    }
    return total;
  }
}
