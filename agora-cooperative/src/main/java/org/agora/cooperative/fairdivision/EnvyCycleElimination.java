package org.agora.cooperative.fairdivision;

/**
 * Envy-cycle elimination for goods (Lipton, Markakis, Mossel and Saberi, "On approximately fair
 * allocations of indivisible goods", EC 2004): items are handed out in index order, each to an agent
 * that no one envies (a source of the envy graph); when no such agent exists, the envy graph has a
 * cycle, and rotating the bundles backwards along it removes the cycle without lowering anyone's
 * utility. The result is EF1 for monotone valuations (here additive). Each rotation strictly raises
 * the utilitarian sum of the agents on the cycle, so the procedure ends; time O(m n^3) per item in the
 * worst case.
 *
 * <p>Goods only: for chores the rule needs the top-trading variant (Bhaskar, Sricharan and Vaish,
 * APPROX 2021), which this class does not implement; it refuses chores.
 */
public final class EnvyCycleElimination {

  private EnvyCycleElimination() {}

  /** Allocates the goods of {@code instance}. */
  public static Allocation allocate(FairDivisionInstance instance) {
    if (instance.kind() != ItemKind.GOODS) {
      throw new IllegalArgumentException("envy-cycle elimination is implemented for goods only; got chores");
    }
    int n = instance.agentCount();
    int m = instance.itemCount();
    int[] owner = new int[m];
    // bundleOf[i] = the bundle index agent i holds; bundles are item sets keyed by index.
    int[] bundleOf = new int[n];
    int[] holderOf = new int[n];
    for (int i = 0; i < n; i++) {
      bundleOf[i] = i;
      holderOf[i] = i;
    }
    int[] bundleItem = new int[m]; // item -> bundle index
    double[] value = new double[n * n]; // value[i * n + b] = v_i(bundle b)
    int[] envier = new int[n];
    int[] mark = new int[n];
    for (int e = 0; e < m; e++) {
      int source;
      while ((source = unenviedAgent(value, bundleOf, n)) < 0) {
        rotateCycle(value, bundleOf, holderOf, n, envier, mark);
      }
      int b = bundleOf[source];
      bundleItem[e] = b;
      for (int i = 0; i < n; i++) {
        value[i * n + b] += instance.entry(i, e);
      }
    }
    for (int e = 0; e < m; e++) {
      owner[e] = holderOf[bundleItem[e]];
    }
    return new Allocation(n, owner);
  }

  private static boolean envies(double[] value, int[] bundleOf, int n, int i, int j) {
    return value[i * n + bundleOf[j]] > value[i * n + bundleOf[i]];
  }

  private static int unenviedAgent(double[] value, int[] bundleOf, int n) {
    for (int j = 0; j < n; j++) {
      boolean envied = false;
      for (int i = 0; i < n && !envied; i++) {
        envied = i != j && envies(value, bundleOf, n, i, j);
      }
      if (!envied) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Every agent is envied, so walking from any agent to one that envies it must revisit an agent: the
   * agents revisited form an envy cycle, and each takes the bundle of the agent it envies.
   */
  private static void rotateCycle(double[] value, int[] bundleOf, int[] holderOf, int n, int[] envier, int[] mark) {
    java.util.Arrays.fill(mark, -1);
    int current = 0;
    int step = 0;
    while (mark[current] < 0) {
      mark[current] = step++;
      int found = -1;
      for (int i = 0; i < n && found < 0; i++) {
        if (i != current && envies(value, bundleOf, n, i, current)) {
          found = i;
        }
      }
      if (found < 0) {
        throw new IllegalStateException("agent " + current + " is not envied although no agent is unenvied");
      }
      envier[current] = found;
      current = found;
    }
    int start = current;
    int carried = bundleOf[start];
    int agent = envier[start];
    while (true) {
      int held = bundleOf[agent];
      bundleOf[agent] = carried;
      holderOf[carried] = agent;
      carried = held;
      if (agent == start) {
        break;
      }
      agent = envier[agent];
    }
  }
}
