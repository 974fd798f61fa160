package org.agora.cli.cooperative;

import org.agora.cooperative.fairdivision.Allocation;
import org.agora.cooperative.fairdivision.EnvyReport;
import org.agora.cooperative.fairdivision.FairDivisionInstance;

/**
 * What {@code agora allocate} computed.
 *
 * @param source the instance file
 * @param rule the rule's name
 * @param instance the instance
 * @param allocation the allocation
 * @param mms each agent's maximin share
 * @param mmsRatios each agent's bundle over its share
 * @param envy the envy report
 * @param utilities each agent's utility (minus its cost for chores)
 */
public record AllocationResult(String source, String rule, FairDivisionInstance instance, Allocation allocation,
    double[] mms, double[] mmsRatios, EnvyReport envy, double[] utilities) {

  /** Agent i's largest envy towards another agent. */
  public double largestEnvy(int agent) {
    double largest = 0;
    for (int j = 0; j < instance.agentCount(); j++) {
      largest = Math.max(largest, envy.envy(agent, j));
    }
    return largest;
  }

  /** Whether agent i envies no one, EF1 and EFX towards everyone (index 0, 1, 2). */
  public boolean[] fairness(int agent) {
    boolean[] flags = {true, true, true};
    for (int j = 0; j < instance.agentCount(); j++) {
      if (j != agent) {
        flags[0] &= envy.envy(agent, j) <= 0;
        flags[1] &= envy.isEf1(agent, j);
        flags[2] &= envy.isEfx(agent, j);
      }
    }
    return flags;
  }

  /** The names of the items agent i holds, separated by spaces ({@code -} for none). */
  public String bundle(int agent) {
    StringBuilder names = new StringBuilder();
    for (int e = 0; e < instance.itemCount(); e++) {
      if (allocation.ownerOf(e) == agent) {
        names.append(names.length() == 0 ? "" : " ").append(instance.itemNames().get(e));
      }
    }
    return names.length() == 0 ? "-" : names.toString();
  }
}
