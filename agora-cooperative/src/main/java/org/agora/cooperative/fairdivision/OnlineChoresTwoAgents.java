package org.agora.cooperative.fairdivision;

/**
 * A sqrt(2)-competitive online MMS algorithm for chores and two agents, the ratio Zhou, Bai and Wu
 * obtain in "Multi-agent Online Scheduling: MMS Allocations for Indivisible Items" (ICML 2023), where
 * they also show no algorithm beats 15/11 for two agents.
 *
 * <p>Departure: the paper's text was not available to us, so this is our own algorithm for the same
 * model and ratio, with its proof here. Costs are scaled so that {@code c_i(M) = 2}; then {@code MMS_i
 * >= L_i := max(1, B_i)}, {@code B_i} the largest cost agent i has seen in one item. Let {@code r =
 * sqrt(2)}. Agent 0 <em>accepts</em> e if {@code c_0(X_0) + c_0(e) <= r L_0}. Agent k is
 * <em>finished</em> when the other agent o could take every remaining chore within its bound, i.e.
 * {@code c_o(X_k) >= 2 - r L_o}.
 *
 * <ol>
 *   <li>Phase 1, while neither agent is finished: give e to agent 0 if {@code c_0(e) <= r c_1(e)} and
 *       agent 0 accepts; otherwise to agent 1.
 *   <li>Phase 2, once an agent is finished: give every later chore to the other agent.
 * </ol>
 *
 * <p>Proof sketch. In phase 1, items of X_0 have {@code c_0 <= r c_1}, so {@code c_0(X_0) <= r c_1(X_0) <
 * r (2 - r)}; items of X_1 given for the ratio have {@code c_1 < c_0 / r}, so {@code c_1(X_1) < (2 - r)
 * / r = r - 1}; hence agent 1 can always take e within {@code r L_1}, because {@code r - 1 + x <= r
 * max(1, x)} (this is where {@code r^2 = 2} is needed). If agent 0 refuses e (with {@code c_0(e) <= r
 * c_1(e)}), then {@code c_0(e) > r L_0 - r(2 - r) >= 2 - r}, and after agent 1 takes e agent 0's share of
 * everything else is at most {@code 2 - c_0(e) <= r max(1, c_0(e))}: agent 1 is finished. In phase 2 the
 * unfinished agent ends with at most {@code r L_o}, and the finished agent's bundle was within its bound
 * when it last received. So both end with {@code c_i(X_i) <= r MMS_i}. Time O(1) per item.
 */
public final class OnlineChoresTwoAgents implements OnlineMmsAllocator {

  private static final double RATIO = Math.sqrt(2.0);

  private final double[] scale;
  private final double[] own = new double[2];
  private final double[] other = new double[2]; // other[o] = c_o(X_{1-o})
  private final double[] largest = new double[2];
  private int finished = -1;

  /**
   * @param totals each agent's cost of all chores, known in advance (the paper's normalisation)
   */
  public OnlineChoresTwoAgents(double[] totals) {
    if (totals.length != 2) {
      throw new IllegalArgumentException("the sqrt(2) online chores algorithm is for 2 agents; got " + totals.length
          + " (use OnlineChoresManyAgents for 3 or more)");
    }
    this.scale = OnlineMmsAllocator.normalisingScales(totals);
  }

  /** The allocator for {@code instance}'s agents, given their totals. */
  public static OnlineChoresTwoAgents forInstance(FairDivisionInstance instance) {
    if (instance.kind() != ItemKind.CHORES) {
      throw new IllegalArgumentException("the online chores algorithm needs chores; got goods");
    }
    return new OnlineChoresTwoAgents(OnlineMmsAllocator.totals(instance));
  }

  @Override
  public int agentCount() {
    return 2;
  }

  @Override
  public double competitiveRatio() {
    return RATIO;
  }

  private double bound(int agent) {
    return RATIO * Math.max(1.0, largest[agent]);
  }

  private boolean isFinished(int agent) {
    int o = 1 - agent;
    return other[o] >= 2.0 - bound(o);
  }

  @Override
  public int place(double[] entries) {
    if (entries.length != 2) {
      throw new IllegalArgumentException("an item needs 2 entries, got " + entries.length);
    }
    double c0 = entries[0] * scale[0];
    double c1 = entries[1] * scale[1];
    largest[0] = Math.max(largest[0], c0);
    largest[1] = Math.max(largest[1], c1);
    if (finished < 0) {
      finished = isFinished(0) ? 0 : isFinished(1) ? 1 : -1;
    }
    int receiver;
    if (finished >= 0) {
      receiver = 1 - finished;
    } else {
      boolean accepts = own[0] + c0 <= bound(0);
      receiver = c0 <= RATIO * c1 && accepts ? 0 : 1;
    }
    double[] cost = {c0, c1};
    own[receiver] += cost[receiver];
    other[1 - receiver] += cost[1 - receiver];
    if (finished < 0) {
      finished = isFinished(receiver) ? receiver : isFinished(1 - receiver) ? 1 - receiver : -1;
    }
    return receiver;
  }
}
