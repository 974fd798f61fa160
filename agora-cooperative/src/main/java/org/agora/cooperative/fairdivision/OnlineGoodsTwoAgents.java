package org.agora.cooperative.fairdivision;

/**
 * A 0.5-competitive online MMS algorithm for goods and two agents, the optimal ratio in the model of
 * Zhou, Bai and Wu, "Multi-agent Online Scheduling: MMS Allocations for Indivisible Items" (ICML
 * 2023), who show 0.5 is achievable for two agents and that no algorithm is competitive for three.
 *
 * <p>Departure: the paper's text was not available to us, so this is our own algorithm for the same
 * model and ratio, with its proof here. Valuations are scaled so that {@code v_i(M) = 2}; then {@code
 * MMS_i <= min(1, 2 - B_i)}, where {@code B_i} is the largest value agent i has seen in one item (a
 * bundle avoiding that item is worth at most {@code 2 - B_i}), so {@code MMS_i / 2 <= s_i := min(1, 2 -
 * B_i) / 2}. Agent i is <em>satisfied</em> when {@code v_i(X_i) >= s_i}; it stays so,
 * since bundles only grow and s_i only falls. Agent o <em>tolerates</em> bundle Y of the other when
 * {@code v_o(Y) <= 2 - s_o}: o receiving everything else then ends with at least s_o.
 *
 * <ol>
 *   <li>Phase 1, while neither agent is satisfied: give the item to the agent valuing it more (ties:
 *       agent 0). Satisfaction is checked after updating {@code B_i} with the arriving item, before
 *       placing it.
 *   <li>Phase 2, once an agent is satisfied: give every later item to the other agent (if both are
 *       satisfied, to the agent valuing it more).
 * </ol>
 *
 * <p>Proof sketch. In phase 1 every item went to an agent valuing it at least as much as the other, so
 * {@code v_j(X_i) <= v_i(X_i) < s_i <= 1/2}. If the phase ends because an item's arrival lowers some
 * {@code s_k}, the other agent values k's bundle below 1/2 and tolerates it. If it ends because the
 * favoured agent i takes e, and j did not tolerate, then {@code v_j(X_i) + v_j(e) > 2 - s_j >= max(3/2,
 * 1 + v_j(e)/2)}, so {@code v_j(e) > 1} and {@code v_i(X_i) >= v_j(X_i) > 1 - v_j(e)/2 >= 1 - v_i(e)/2
 * >= s_i}: i was already satisfied on e's arrival, a contradiction. So when phase 1 ends the unsatisfied
 * agent tolerates the satisfied one's bundle, and both end with {@code v_i(X_i) >= s_i >= MMS_i / 2}.
 * Time O(1) per item.
 */
public final class OnlineGoodsTwoAgents implements OnlineMmsAllocator {

  private final double[] scale;
  private final double[] own = new double[2];
  private final double[] largest = new double[2];
  private final boolean[] satisfied = new boolean[2];

  /**
   * @param totals each agent's value of all items, known in advance (the paper's normalisation)
   */
  public OnlineGoodsTwoAgents(double[] totals) {
    if (totals.length != 2) {
      throw new IllegalArgumentException("the online goods algorithm is for 2 agents; got " + totals.length
          + " (no algorithm is competitive for 3 or more: Zhou, Bai and Wu 2023)");
    }
    this.scale = OnlineMmsAllocator.normalisingScales(totals);
  }

  /** The allocator for {@code instance}'s agents, given their totals. */
  public static OnlineGoodsTwoAgents forInstance(FairDivisionInstance instance) {
    if (instance.kind() != ItemKind.GOODS) {
      throw new IllegalArgumentException("the online goods algorithm needs goods; got chores");
    }
    return new OnlineGoodsTwoAgents(OnlineMmsAllocator.totals(instance));
  }

  @Override
  public int agentCount() {
    return 2;
  }

  @Override
  public double competitiveRatio() {
    return 0.5;
  }

  private double share(int agent) {
    return Math.min(1.0, 2.0 - largest[agent]) / 2.0;
  }

  private void refreshSatisfied() {
    for (int i = 0; i < 2; i++) {
      satisfied[i] = satisfied[i] || own[i] >= share(i);
    }
  }

  @Override
  public int place(double[] entries) {
    if (entries.length != 2) {
      throw new IllegalArgumentException("an item needs 2 entries, got " + entries.length);
    }
    double v0 = entries[0] * scale[0];
    double v1 = entries[1] * scale[1];
    largest[0] = Math.max(largest[0], v0);
    largest[1] = Math.max(largest[1], v1);
    refreshSatisfied();
    int receiver;
    if (satisfied[0] != satisfied[1]) {
      receiver = satisfied[0] ? 1 : 0;
    } else {
      receiver = v1 > v0 ? 1 : 0;
    }
    double[] value = {v0, v1};
    own[receiver] += value[receiver];
    refreshSatisfied();
    return receiver;
  }
}
