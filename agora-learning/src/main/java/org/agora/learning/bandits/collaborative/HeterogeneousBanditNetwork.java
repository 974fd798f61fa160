package org.agora.learning.bandits.collaborative;

import java.util.random.RandomGenerator;

/**
 * The environment of R. Chawla, D. Vial, S. Shakkottai and R. Srikant, "Collaborative Multi-Agent
 * Heterogeneous Multi-Armed Bandits", ICML 2023: N agents, each learning one of M &lt; N stochastic
 * K-armed bandits (every bandit learnt by about N / M agents), rewards independent across agents even
 * when two agents pull the same arm of the same bandit, and a fixed gossip matrix over the agents. The
 * objective is the group regret: the sum over agents of each agent's regret against the best arm of
 * its own bandit.
 *
 * <p>Here the bandits are Bernoulli. Bandit {@code m}'s means are a ladder from {@code high} down to
 * {@code low} in steps of {@code (high - low) / (K - 1)}, cyclically shifted so that its best arm is
 * {@code m * floor(K / M)}: the bandits are heterogeneous (different best arms) but share the gap
 * structure, which keeps regret comparisons across bandits simple. Agents are assigned to bandits in
 * contiguous blocks ({@code agent * M / N}) or interleaved ({@code agent mod M}).
 */
public final class HeterogeneousBanditNetwork {

  private final int agentCount;
  private final int banditCount;
  private final int armCount;
  private final double low;
  private final double high;
  private final boolean interleaved;
  private final GossipGraph graph;
  private final int[] banditOf;
  private final double[] means;
  private final double[] gaps;
  private final int[] bestArm;

  /**
   * @param banditCount M, at least 1 and below the number of agents
   * @param armCount K, at least 2
   * @param low mean of the worst arm, in [0, high)
   * @param high mean of the best arm, in (low, 1]
   * @param interleaved agents assigned round-robin instead of in contiguous blocks
   */
  public HeterogeneousBanditNetwork(GossipGraph graph, int banditCount, int armCount, double low, double high,
      boolean interleaved) {
    agentCount = graph.agentCount();
    if (banditCount < 1 || banditCount >= agentCount) {
      throw new IllegalArgumentException("need 1 <= bandits < agents, got bandits=" + banditCount + ", agents="
          + agentCount);
    }
    if (armCount < 2) {
      throw new IllegalArgumentException("need at least 2 arms, got " + armCount);
    }
    if (!(low >= 0 && low < high && high <= 1)) {
      throw new IllegalArgumentException("need 0 <= low < high <= 1, got low=" + low + ", high=" + high);
    }
    this.graph = graph;
    this.banditCount = banditCount;
    this.armCount = armCount;
    this.low = low;
    this.high = high;
    this.interleaved = interleaved;
    banditOf = new int[agentCount];
    for (int agent = 0; agent < agentCount; agent++) {
      banditOf[agent] = interleaved ? agent % banditCount : (int) ((long) agent * banditCount / agentCount);
    }
    means = new double[banditCount * armCount];
    gaps = new double[banditCount * armCount];
    bestArm = new int[banditCount];
    double step = (high - low) / (armCount - 1);
    for (int bandit = 0; bandit < banditCount; bandit++) {
      int shift = bandit * (armCount / banditCount);
      bestArm[bandit] = shift % armCount;
      for (int arm = 0; arm < armCount; arm++) {
        int rank = Math.floorMod(arm - shift, armCount);
        means[bandit * armCount + arm] = high - step * rank;
        gaps[bandit * armCount + arm] = step * rank;
      }
    }
  }

  /** One Bernoulli reward for {@code agent} pulling {@code arm}, independent of every other draw. */
  public double draw(int agent, int arm, RandomGenerator random) {
    return random.nextDouble() < means[banditOf[agent] * armCount + arm] ? 1 : 0;
  }

  /** The mean of {@code arm} in the bandit {@code agent} learns. */
  public double mean(int agent, int arm) {
    return means[banditOf[agent] * armCount + arm];
  }

  /** {@code mu*_m - mu_{m, arm}} for the bandit {@code m} of {@code agent}. */
  public double gap(int agent, int arm) {
    return gaps[banditOf[agent] * armCount + arm];
  }

  /** The best arm of the bandit {@code agent} learns. */
  public int bestArm(int agent) {
    return bestArm[banditOf[agent]];
  }

  /** The bandit {@code agent} learns. */
  public int banditOf(int agent) {
    return banditOf[agent];
  }

  /** The number of agents learning {@code bandit}. */
  public int agentsLearning(int bandit) {
    int count = 0;
    for (int b : banditOf) {
      if (b == bandit) {
        count++;
      }
    }
    return count;
  }

  /** The position of {@code agent} among the agents learning its bandit, in agent order. */
  public int rankInGroup(int agent) {
    int rank = 0;
    for (int other = 0; other < agent; other++) {
      if (banditOf[other] == banditOf[agent]) {
        rank++;
      }
    }
    return rank;
  }

  /** The smallest positive gap, {@code (high - low) / (K - 1)}. */
  public double minimumGap() {
    return (high - low) / (armCount - 1);
  }

  public int agentCount() {
    return agentCount;
  }

  public int banditCount() {
    return banditCount;
  }

  public int armCount() {
    return armCount;
  }

  public GossipGraph graph() {
    return graph;
  }

  /** The string this network is created from by {@link CollaborativeRegistry#createNetwork}. */
  public String describe() {
    return "collaborative(agents=" + agentCount + ",bandits=" + banditCount + ",arms=" + armCount + ",low=" + low
        + ",high=" + high + ",assignment=" + (interleaved ? "interleaved" : "blocks") + "," + graph.describe() + ")";
  }
}
