package org.agora.cooperative.fairdivision;

/**
 * An online MMS algorithm for chores and {@code n >= 3} agents aiming at the ratio {@code 2 - 1/n} of
 * Zhou, Bai and Wu, "Multi-agent Online Scheduling: MMS Allocations for Indivisible Items" (ICML 2023).
 *
 * <p>Departure: the paper's text was not available to us, so this is our own rule for the same model.
 * Costs are scaled so that {@code c_i(M) = n}; then {@code MMS_i >= L_i := max(1, B_i)}, {@code B_i}
 * the largest cost agent i has seen in one item. With {@code alpha = 2 - 1/n}, agent i <em>accepts</em>
 * e if {@code c_i(X_i) + c_i(e) <= alpha L_i}. Each chore goes to the accepting agent with the least
 * (scaled) cost for it, ties to the lowest index; if no agent accepts, to the agent whose bound is least
 * exceeded, {@code (c_i(X_i) + c_i(e)) / L_i} smallest. Every accepted chore keeps its agent within
 * {@code alpha MMS_i}; what this class does not prove is that some agent always accepts. Two facts
 * bound the failure: an agent with {@code c_i(X_i) <= 1 - 1/n} accepts any chore, and if every agent
 * refused e while every earlier chore had gone to a least-cost agent, then {@code sum_i c_i(X_i) >
 * sum_i (alpha max(1, x_i) - x_i) >= n - sum_i x_i / n >= sum_i c_i(X_i)}, a contradiction. The tests
 * check the ratio on random and adversarial sequences. Time O(n) per item.
 */
public final class OnlineChoresManyAgents implements OnlineMmsAllocator {

  private final int n;
  private final double ratio;
  private final double[] scale;
  private final double[] own;
  private final double[] largest;
  private final double[] cost;

  /**
   * @param totals each agent's cost of all chores, known in advance (the paper's normalisation)
   */
  public OnlineChoresManyAgents(double[] totals) {
    if (totals.length < 3) {
      throw new IllegalArgumentException("the (2 - 1/n) online chores algorithm is for 3 or more agents; got "
          + totals.length + " (use OnlineChoresTwoAgents for 2)");
    }
    this.n = totals.length;
    this.ratio = 2.0 - 1.0 / n;
    this.scale = OnlineMmsAllocator.normalisingScales(totals);
    this.own = new double[n];
    this.largest = new double[n];
    this.cost = new double[n];
  }

  /** The allocator for {@code instance}'s agents, given their totals. */
  public static OnlineChoresManyAgents forInstance(FairDivisionInstance instance) {
    if (instance.kind() != ItemKind.CHORES) {
      throw new IllegalArgumentException("the online chores algorithm needs chores; got goods");
    }
    return new OnlineChoresManyAgents(OnlineMmsAllocator.totals(instance));
  }

  @Override
  public int agentCount() {
    return n;
  }

  @Override
  public double competitiveRatio() {
    return ratio;
  }

  @Override
  public int place(double[] entries) {
    if (entries.length != n) {
      throw new IllegalArgumentException("an item needs " + n + " entries, got " + entries.length);
    }
    int best = -1;
    int fallback = 0;
    double fallbackExcess = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      cost[i] = entries[i] * scale[i];
      largest[i] = Math.max(largest[i], cost[i]);
      double lower = Math.max(1.0, largest[i]);
      double after = own[i] + cost[i];
      if (after <= ratio * lower && (best < 0 || cost[i] < cost[best])) {
        best = i;
      }
      if (after / lower < fallbackExcess) {
        fallbackExcess = after / lower;
        fallback = i;
      }
    }
    int receiver = best >= 0 ? best : fallback;
    own[receiver] += cost[receiver];
    return receiver;
  }
}
