package org.agora.cooperative.fairdivision;

/**
 * Maximum Nash welfare for goods, exactly, by enumerating all {@code n^m} allocations (with the
 * utilities kept incrementally along a depth-first search). Following Caragiannis, Kurokawa, Moulin,
 * Procaccia, Shah and Wang, "The Unreasonable Fairness of Maximum Nash Welfare" (EC 2016; ACM TEAC
 * 2019), when no allocation gives every agent positive utility the rule first maximises the number of
 * agents with positive utility, then the product of their utilities; the result is EF1 and Pareto
 * optimal. Products are compared as sums of logarithms, with a relative tolerance of 1e-12; among
 * equal optima the first in lexicographic order of {@code owner} wins.
 *
 * <p>Refuses instances with more than {@link #DEFAULT_LIMIT} allocations (finding an MNW allocation
 * is NP-hard in general, so exact search is for small instances). Chores are refused: the Nash
 * product is a rule for goods.
 */
public final class MaximumNashWelfare {

  /** The largest number of allocations {@code n^m} enumerated by default. */
  public static final long DEFAULT_LIMIT = 20_000_000L;

  private static final double TOLERANCE = 1e-12;

  private final FairDivisionInstance instance;
  private final int n;
  private final int m;
  private final double[] utility;
  private final int[] owner;
  private int[] bestOwner;
  private int bestPositive;
  private double bestLogSum;

  private MaximumNashWelfare(FairDivisionInstance instance) {
    this.instance = instance;
    this.n = instance.agentCount();
    this.m = instance.itemCount();
    this.utility = new double[n];
    this.owner = new int[m];
    this.bestPositive = -1;
    this.bestLogSum = Double.NEGATIVE_INFINITY;
  }

  /** The MNW allocation, refusing more than {@link #DEFAULT_LIMIT} allocations. */
  public static Allocation allocate(FairDivisionInstance instance) {
    return allocate(instance, DEFAULT_LIMIT);
  }

  /** The MNW allocation, refusing more than {@code limit} allocations. */
  public static Allocation allocate(FairDivisionInstance instance, long limit) {
    if (instance.kind() != ItemKind.GOODS) {
      throw new IllegalArgumentException("maximum Nash welfare is a rule for goods; got chores");
    }
    long count = 1;
    for (int e = 0; e < instance.itemCount(); e++) {
      count *= instance.agentCount();
      if (count > limit) {
        throw new IllegalArgumentException("maximum Nash welfare enumerates " + instance.agentCount() + "^"
            + instance.itemCount() + " allocations, over the limit of " + limit + "; use fewer items or agents");
      }
    }
    MaximumNashWelfare search = new MaximumNashWelfare(instance);
    search.search(0);
    return new Allocation(instance.agentCount(), search.bestOwner);
  }

  private void search(int item) {
    if (item == m) {
      consider();
      return;
    }
    for (int agent = 0; agent < n; agent++) {
      double v = instance.entry(agent, item);
      owner[item] = agent;
      utility[agent] += v;
      search(item + 1);
      utility[agent] -= v;
    }
  }

  private void consider() {
    int positive = 0;
    double logSum = 0;
    for (int i = 0; i < n; i++) {
      if (utility[i] > 0) {
        positive++;
        logSum += Math.log(utility[i]);
      }
    }
    boolean better = positive > bestPositive
        || (positive == bestPositive && logSum > bestLogSum + TOLERANCE * Math.max(1.0, Math.abs(bestLogSum)));
    if (better) {
      bestPositive = positive;
      bestLogSum = logSum;
      bestOwner = owner.clone();
    }
  }
}
