package org.agora.cooperative.fairdivision;

/**
 * Round-robin: agents 0, 1, ..., n-1, 0, 1, ... take turns; on its turn an agent takes its most valued
 * remaining good (for chores: its least costly remaining chore); ties go to the lowest item index.
 * The result is EF1 for additive goods (folklore; see Caragiannis, Kurokawa, Moulin, Procaccia, Shah
 * and Wang, "The Unreasonable Fairness of Maximum Nash Welfare", ACM TEAC 2019, Section 1) and for
 * additive chores (Aziz, Caragiannis, Igarashi and Walsh, "Fair allocation of indivisible goods and
 * chores", IJCAI 2019). Time O(n + m^2).
 */
public final class RoundRobin {

  private RoundRobin() {}

  /** Allocates with agent 0 picking first. */
  public static Allocation allocate(FairDivisionInstance instance) {
    int n = instance.agentCount();
    int m = instance.itemCount();
    int[] owner = new int[m];
    boolean[] taken = new boolean[m];
    for (int turn = 0; turn < m; turn++) {
      int agent = turn % n;
      int best = -1;
      double bestUtility = Double.NEGATIVE_INFINITY;
      for (int e = 0; e < m; e++) {
        if (!taken[e] && instance.utility(agent, e) > bestUtility) {
          best = e;
          bestUtility = instance.utility(agent, e);
        }
      }
      taken[best] = true;
      owner[best] = agent;
    }
    return new Allocation(n, owner);
  }
}
