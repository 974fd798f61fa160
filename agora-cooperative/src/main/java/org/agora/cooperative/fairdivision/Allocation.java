package org.agora.cooperative.fairdivision;

import java.util.Arrays;

/**
 * A complete allocation of m items to n agents: {@code owner[e]} is the agent that receives item e.
 *
 * @param agentCount n
 * @param owner for each item, its agent in {@code [0, n)}
 */
public record Allocation(int agentCount, int[] owner) {

  public Allocation {
    for (int e = 0; e < owner.length; e++) {
      if (owner[e] < 0 || owner[e] >= agentCount) {
        throw new IllegalArgumentException("item " + e + " goes to agent " + owner[e] + "; agents are 0.." + (agentCount - 1));
      }
    }
    owner = owner.clone();
  }

  /** The agent receiving {@code item}. */
  public int ownerOf(int item) {
    return owner[item];
  }

  /** The number of items. */
  public int itemCount() {
    return owner.length;
  }

  /**
   * Agent {@code viewer}'s value or cost (the instance's entries, not signed) of the bundle of
   * agent {@code holder}.
   */
  public double bundleEntry(FairDivisionInstance instance, int viewer, int holder) {
    double sum = 0;
    for (int e = 0; e < owner.length; e++) {
      if (owner[e] == holder) {
        sum += instance.entry(viewer, e);
      }
    }
    return sum;
  }

  /** Agent {@code viewer}'s utility (value, or minus cost) of the bundle of {@code holder}. */
  public double bundleUtility(FairDivisionInstance instance, int viewer, int holder) {
    double x = bundleEntry(instance, viewer, holder);
    return instance.kind() == ItemKind.GOODS ? x : -x;
  }

  /** Each agent's utility of its own bundle. */
  public double[] utilities(FairDivisionInstance instance) {
    double[] u = new double[agentCount];
    for (int e = 0; e < owner.length; e++) {
      u[owner[e]] += instance.utility(owner[e], e);
    }
    return u;
  }

  @Override
  public int[] owner() {
    return owner.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Allocation a && a.agentCount == agentCount && Arrays.equals(a.owner, owner);
  }

  @Override
  public int hashCode() {
    return 31 * agentCount + Arrays.hashCode(owner);
  }

  @Override
  public String toString() {
    return "Allocation" + Arrays.toString(owner);
  }
}
