package org.agora.cooperative.fairdivision;

/**
 * An online maximin-share allocator in the model of Zhou, Bai and Wu, "Multi-agent Online Scheduling:
 * MMS Allocations for Indivisible Items" (ICML 2023): items arrive one at a time in an order chosen by
 * an adversary, and each must be given to an agent irrevocably on arrival, seeing only the items so
 * far. As in the paper, valuations are additive and <em>normalised</em>: each agent's total over all
 * items, {@code v_i(M)}, is known in advance (the paper scales it to n; implementations here take the
 * true totals and rescale internally, which changes no MMS ratio). The guarantee is a competitive
 * ratio on every agent's MMS: for goods {@code v_i(X_i) >= ratio * MMS_i}, for chores {@code c_i(X_i)
 * <= ratio * MMS_i}.
 *
 * <p>Implementations are mutable and single-threaded: one instance per arrival sequence.
 */
public sealed interface OnlineMmsAllocator permits OnlineGoodsTwoAgents, OnlineChoresTwoAgents, OnlineChoresManyAgents {

  /** The number of agents. */
  int agentCount();

  /** The competitive ratio the algorithm guarantees. */
  double competitiveRatio();

  /**
   * Places the arriving item and returns the agent that receives it.
   *
   * @param entries each agent's value (goods) or cost (chores) of the item, {@code >= 0}
   */
  int place(double[] entries);

  /**
   * Runs {@code allocator} on the items of {@code instance} arriving in {@code order} (a permutation of
   * the item indices) and returns the final allocation.
   */
  static Allocation run(OnlineMmsAllocator allocator, FairDivisionInstance instance, int[] order) {
    int n = instance.agentCount();
    int m = instance.itemCount();
    if (order.length != m) {
      throw new IllegalArgumentException("the arrival order has " + order.length + " items; the instance has " + m);
    }
    int[] owner = new int[m];
    boolean[] seen = new boolean[m];
    double[] column = new double[n];
    for (int item : order) {
      if (item < 0 || item >= m || seen[item]) {
        throw new IllegalArgumentException("the arrival order is not a permutation of 0.." + (m - 1) + ": item " + item);
      }
      seen[item] = true;
      for (int i = 0; i < n; i++) {
        column[i] = instance.entry(i, item);
      }
      owner[item] = allocator.place(column);
    }
    return new Allocation(n, owner);
  }

  /** The identity order 0, 1, ..., m - 1. */
  static int[] inOrder(int items) {
    int[] order = new int[items];
    for (int e = 0; e < items; e++) {
      order[e] = e;
    }
    return order;
  }

  /** Per agent, the factor {@code n / total} that scales its total to n (1 for a zero total). */
  static double[] normalisingScales(double[] totals) {
    double[] scale = new double[totals.length];
    for (int i = 0; i < totals.length; i++) {
      if (!(totals[i] >= 0) || Double.isInfinite(totals[i])) {
        throw new IllegalArgumentException("agent " + i + " has total " + totals[i] + "; totals must be finite and >= 0");
      }
      scale[i] = totals[i] > 0 ? totals.length / totals[i] : 1.0;
    }
    return scale;
  }

  /** The agents' totals in {@code instance}, the advance knowledge the model allows. */
  static double[] totals(FairDivisionInstance instance) {
    double[] t = new double[instance.agentCount()];
    for (int i = 0; i < t.length; i++) {
      t[i] = instance.total(i);
    }
    return t;
  }
}
