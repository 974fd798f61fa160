package org.agora.cooperative.fairdivision;

import java.util.Arrays;

/**
 * Maximin shares (Budish, "The Combinatorial Assignment Problem: Approximate Competitive Equilibrium
 * from Equal Incomes", JPE 2011): for goods {@code MMS_i} is the largest, over partitions of the items
 * into n bundles, of the least value agent i sees in a bundle; for chores it is the smallest, over
 * partitions, of the largest cost in a bundle. Computing it is NP-hard (it contains number
 * partitioning), so this class searches exactly: items in decreasing order, each placed in a bundle
 * (bundles of equal load tried once), pruned by the bound that the final least bundle (goods) is at
 * most {@code (sum of the k smallest loads + remaining)/k} for every k, or that the final largest
 * bundle (chores) is at least the average; it starts from the longest-processing-time greedy value and
 * stops at the average. It refuses more than {@link #MAX_ITEMS} items or a search over {@link
 * #NODE_LIMIT} nodes, with a one-line reason.
 */
public final class MaximinShare {

  /** The largest number of items accepted. */
  public static final int MAX_ITEMS = 24;

  /** The largest number of search nodes visited before giving up. */
  public static final long NODE_LIMIT = 50_000_000L;

  private final boolean goods;
  private final int n;
  private final double[] items;
  private final double[] suffix;
  private final double[] load;
  private final double[] scratch;
  private final double average;
  private double best;
  private long nodes;
  private boolean done;

  private MaximinShare(boolean goods, int n, double[] sortedDescending) {
    this.goods = goods;
    this.n = n;
    this.items = sortedDescending;
    this.suffix = new double[items.length + 1];
    for (int k = items.length - 1; k >= 0; k--) {
      suffix[k] = suffix[k + 1] + items[k];
    }
    this.load = new double[n];
    this.scratch = new double[n];
    this.average = suffix[0] / n;
  }

  /** Every agent's maximin share. */
  public static double[] values(FairDivisionInstance instance) {
    double[] mms = new double[instance.agentCount()];
    for (int i = 0; i < mms.length; i++) {
      mms[i] = of(instance, i);
    }
    return mms;
  }

  /** Agent {@code agent}'s maximin share (a value for goods, a cost for chores). */
  public static double of(FairDivisionInstance instance, int agent) {
    double[] row = new double[instance.itemCount()];
    for (int e = 0; e < row.length; e++) {
      row[e] = instance.entry(agent, e);
    }
    return of(instance.kind(), row, instance.agentCount());
  }

  /** The maximin share of entries {@code row} split into {@code bundles} bundles. */
  public static double of(ItemKind kind, double[] row, int bundles) {
    if (bundles < 1) {
      throw new IllegalArgumentException("maximin share needs at least one bundle, got " + bundles);
    }
    if (row.length > MAX_ITEMS) {
      throw new IllegalArgumentException("exact maximin share is limited to " + MAX_ITEMS + " items; got "
          + row.length);
    }
    double[] sorted = row.clone();
    Arrays.sort(sorted);
    for (int a = 0, b = sorted.length - 1; a < b; a++, b--) {
      double t = sorted[a];
      sorted[a] = sorted[b];
      sorted[b] = t;
    }
    MaximinShare search = new MaximinShare(kind == ItemKind.GOODS, bundles, sorted);
    search.best = search.greedy();
    search.done = search.goods ? search.best >= search.average : search.best <= search.average;
    if (!search.done) {
      search.search(0);
    }
    return search.best;
  }

  private double greedy() {
    double[] l = new double[n];
    for (double x : items) {
      int least = 0;
      for (int b = 1; b < n; b++) {
        if (l[b] < l[least]) {
          least = b;
        }
      }
      l[least] += x;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : l) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    return goods ? min : max;
  }

  private void search(int k) {
    if (done) {
      return;
    }
    if (++nodes > NODE_LIMIT) {
      throw new IllegalArgumentException("exact maximin share gave up after " + NODE_LIMIT + " search nodes on "
          + items.length + " items and " + n + " bundles; use fewer items");
    }
    if (k == items.length) {
      double value = goods ? min(load) : max(load);
      if (goods ? value > best : value < best) {
        best = value;
        done = goods ? best >= average - 1e-12 * Math.abs(average) : best <= average + 1e-12 * Math.abs(average);
      }
      return;
    }
    if (goods ? upperBound(k) <= best : max(load) >= best) {
      return;
    }
    for (int b = 0; b < n && !done; b++) {
      boolean repeat = false;
      for (int c = 0; c < b && !repeat; c++) {
        repeat = load[c] == load[b];
      }
      if (repeat || (!goods && load[b] + items[k] >= best)) {
        continue;
      }
      load[b] += items[k];
      search(k + 1);
      load[b] -= items[k];
    }
  }

  /** For goods: the final least bundle is at most (k smallest loads + remaining) / k for every k. */
  private double upperBound(int k) {
    System.arraycopy(load, 0, scratch, 0, n);
    Arrays.sort(scratch);
    double bound = Double.POSITIVE_INFINITY;
    double sum = suffix[k];
    for (int j = 0; j < n; j++) {
      sum += scratch[j];
      bound = Math.min(bound, sum / (j + 1));
    }
    return bound;
  }

  private static double min(double[] a) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : a) {
      m = Math.min(m, x);
    }
    return m;
  }

  private static double max(double[] a) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : a) {
      m = Math.max(m, x);
    }
    return m;
  }

  /**
   * Each agent's MMS ratio under {@code allocation}: for goods {@code v_i(X_i) / MMS_i} (at least 1 is
   * an MMS allocation for i), for chores {@code c_i(X_i) / MMS_i} (at most 1 is). A zero share gives 1
   * when the bundle is also zero and infinity otherwise.
   */
  public static double[] ratios(FairDivisionInstance instance, Allocation allocation, double[] mms) {
    double[] r = new double[instance.agentCount()];
    for (int i = 0; i < r.length; i++) {
      double own = allocation.bundleEntry(instance, i, i);
      r[i] = mms[i] > 0 ? own / mms[i] : (own > 0 ? Double.POSITIVE_INFINITY : 1.0);
    }
    return r;
  }
}
