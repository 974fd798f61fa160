package org.agora.learning.bandits.collaborative;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.learning.bandits.policy.Ucb1;

/**
 * Gossiping Insert-Eliminate (GosInE) run in the context-unaware heterogeneous setting of R. Chawla,
 * D. Vial, S. Shakkottai and R. Srikant, "Collaborative Multi-Agent Heterogeneous Multi-Armed Bandits",
 * ICML 2023, whose algorithms build on R. Chawla, A. Sankararaman, A. Ganesh and S. Shakkottai, "The
 * Gossiping Insert-Eliminate Algorithm for Multi-Agent Bandits", AISTATS 2020.
 *
 * <p>Each agent plays UCB ({@code mean + sqrt(alpha ln t / n)}, computed by {@link Ucb1#index}) only
 * over its <em>active set</em>: a fixed sticky set of arms plus at most two other arms. Time is cut into
 * phases ending at rounds {@code A_j = ceil(j^beta)}. At the end of a phase each agent asks one
 * neighbour, drawn from its row of the gossip matrix, for the arm that neighbour played most in the
 * phase (one arm id: one message); it then keeps its sticky set and the more played of its two
 * non-sticky arms, drops the other and inserts the recommendation. An agent does not know which bandit
 * its neighbour learns (context unaware), so a recommendation may be an arm that is poor for it; such an
 * arm is explored within the phase and dropped at its end unless it was played most. Information about a
 * bandit's best arm spreads only through agents learning that bandit, so an agent none of whose
 * neighbours learns its bandit never hears of it (its regret is then linear unless the arm is sticky). With {@code beta > 1} an agent sends about
 * {@code T^(1/beta)} messages by round T.
 *
 * <p>Departures and assumptions, stated: the sticky sets are given by the environment, as in both
 * papers (which assume each bandit's best arm lies in the sticky set of one of its agents): the agents
 * learning a bandit split the K arms round-robin by their rank in that group, so each sticky set has
 * about {@code K M / N} arms. Statistics of an arm are kept when it leaves and re-enters the active
 * set. The partially context-aware algorithm of the 2023 paper is not implemented.
 */
public final class GossipInsertEliminate implements CollaborativePolicy {

  private final HeterogeneousBanditNetwork network;
  private final double alpha;
  private final double beta;
  private final int armCount;
  private final Ucb1[] agents;
  private final boolean[] sticky;
  private final int[] stickyArms;
  private final int[] stickyOffsets;
  /** Two non-sticky slots per agent, -1 when empty. */
  private final int[] extra;
  private final long[] phaseCounts;
  private final int[] mostPlayed;
  private long phase;
  private long phaseEnd;
  private long messages;

  /**
   * @param alpha UCB exploration constant
   * @param beta phase growth exponent, above 1 (phase j ends at {@code ceil(j^beta)})
   */
  public GossipInsertEliminate(HeterogeneousBanditNetwork network, double alpha, double beta) {
    if (!(beta > 1)) {
      throw new IllegalArgumentException("beta must be above 1, got " + beta);
    }
    this.network = network;
    this.alpha = alpha;
    this.beta = beta;
    armCount = network.armCount();
    int agentCount = network.agentCount();
    agents = new Ucb1[agentCount];
    sticky = new boolean[agentCount * armCount];
    stickyOffsets = new int[agentCount + 1];
    int[] arms = new int[agentCount * armCount];
    int next = 0;
    for (int agent = 0; agent < agentCount; agent++) {
      agents[agent] = new Ucb1(armCount, alpha);
      stickyOffsets[agent] = next;
      int group = network.agentsLearning(network.banditOf(agent));
      int rank = network.rankInGroup(agent);
      for (int arm = 0; arm < armCount; arm++) {
        if (arm % group == rank % group || (rank >= armCount && arm == rank % armCount)) {
          sticky[agent * armCount + arm] = true;
          arms[next++] = arm;
        }
      }
    }
    stickyOffsets[agentCount] = next;
    stickyArms = Arrays.copyOf(arms, next);
    extra = new int[2 * agentCount];
    phaseCounts = new long[agentCount * armCount];
    mostPlayed = new int[agentCount];
    reset();
  }

  @Override
  public void reset() {
    for (Ucb1 agent : agents) {
      agent.reset();
    }
    Arrays.fill(extra, -1);
    Arrays.fill(phaseCounts, 0);
    phase = 1;
    phaseEnd = 1;
    messages = 0;
  }

  @Override
  public int choose(int agent, long round) {
    Ucb1 ucb = agents[agent];
    int best = -1;
    double bestIndex = Double.NEGATIVE_INFINITY;
    for (int k = stickyOffsets[agent]; k < stickyOffsets[agent + 1]; k++) {
      int arm = stickyArms[k];
      if (ucb.pulls(arm) == 0) {
        return arm;
      }
      double index = ucb.index(arm, round);
      if (index > bestIndex) {
        bestIndex = index;
        best = arm;
      }
    }
    for (int slot = 2 * agent; slot < 2 * agent + 2; slot++) {
      int arm = extra[slot];
      if (arm < 0) {
        continue;
      }
      if (ucb.pulls(arm) == 0) {
        return arm;
      }
      double index = ucb.index(arm, round);
      if (index > bestIndex) {
        bestIndex = index;
        best = arm;
      }
    }
    return best;
  }

  @Override
  public void update(int agent, int arm, double reward) {
    agents[agent].update(arm, reward);
    phaseCounts[agent * armCount + arm]++;
  }

  @Override
  public void communicate(long round, RandomGenerator random) {
    if (round < phaseEnd) {
      return;
    }
    int agentCount = agents.length;
    for (int agent = 0; agent < agentCount; agent++) {
      mostPlayed[agent] = mostPlayedInPhase(agent, false);
    }
    for (int agent = 0; agent < agentCount; agent++) {
      int recommendation = mostPlayed[network.graph().sampleNeighbour(agent, random)];
      messages++;
      int keep = mostPlayedInPhase(agent, true);
      extra[2 * agent] = keep;
      extra[2 * agent + 1] = -1;
      if (!sticky[agent * armCount + recommendation] && recommendation != keep) {
        extra[2 * agent + 1] = recommendation;
      }
    }
    Arrays.fill(phaseCounts, 0);
    phase++;
    phaseEnd = Math.max(round + 1, (long) Math.ceil(Math.pow(phase, beta)));
  }

  /** The arm {@code agent} played most this phase (among its non-sticky arms if asked; -1 if none). */
  private int mostPlayedInPhase(int agent, boolean nonStickyOnly) {
    int best = -1;
    long bestCount = -1;
    int base = agent * armCount;
    for (int arm = 0; arm < armCount; arm++) {
      if (nonStickyOnly && sticky[base + arm]) {
        continue;
      }
      long count = phaseCounts[base + arm];
      if (count > bestCount && (count > 0 || !nonStickyOnly)) {
        bestCount = count;
        best = arm;
      }
    }
    return best;
  }

  /** The number of arms {@code agent} currently plays from. */
  public int activeSetSize(int agent) {
    int size = stickyOffsets[agent + 1] - stickyOffsets[agent];
    return size + (extra[2 * agent] >= 0 ? 1 : 0) + (extra[2 * agent + 1] >= 0 ? 1 : 0);
  }

  /** Whether {@code arm} is in {@code agent}'s sticky set. */
  public boolean isSticky(int agent, int arm) {
    return sticky[agent * armCount + arm];
  }

  /** Whether {@code arm} is in {@code agent}'s active set now. */
  public boolean isActive(int agent, int arm) {
    return sticky[agent * armCount + arm] || extra[2 * agent] == arm || extra[2 * agent + 1] == arm;
  }

  @Override
  public long messages() {
    return messages;
  }

  @Override
  public String describe() {
    return "gosine(alpha=" + alpha + ",beta=" + beta + ")";
  }
}
