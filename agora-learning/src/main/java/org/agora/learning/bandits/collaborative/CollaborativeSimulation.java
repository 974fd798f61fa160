package org.agora.learning.bandits.collaborative;

import java.util.SplittableRandom;
import org.agora.learning.bandits.LogGrid;

/**
 * Runs a {@link CollaborativePolicy} on a {@link HeterogeneousBanditNetwork}: each round every agent
 * pulls an arm and sees its reward, then the agents communicate. Same seed, same run: rewards and
 * gossip draw from two generators split from {@code seed}, so two policies on the same seed face the
 * same reward stream for the same (agent, arm) pull sequence. Nothing is allocated per round.
 */
public final class CollaborativeSimulation {

  private CollaborativeSimulation() {}

  /**
   * @param horizon rounds, at least 1
   * @param perDecade grid points per factor of ten
   */
  public static CollaborativeRun run(HeterogeneousBanditNetwork network, CollaborativePolicy policy, long horizon,
      int perDecade, long seed) {
    long[] grid = LogGrid.rounds(horizon, perDecade);
    double[] regret = new double[grid.length];
    long[] messages = new long[grid.length];
    int agentCount = network.agentCount();
    double[] agentRegret = new double[agentCount];
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom rewards = root.split();
    SplittableRandom gossip = root.split();
    policy.reset();
    double group = 0;
    int next = 0;
    for (long round = 1; round <= horizon; round++) {
      for (int agent = 0; agent < agentCount; agent++) {
        int arm = policy.choose(agent, round);
        policy.update(agent, arm, network.draw(agent, arm, rewards));
        double gap = network.gap(agent, arm);
        agentRegret[agent] += gap;
        group += gap;
      }
      policy.communicate(round, gossip);
      if (round == grid[next]) {
        regret[next] = group;
        messages[next] = policy.messages();
        next++;
      }
    }
    return new CollaborativeRun(network.describe(), policy.describe(), seed, grid, regret, messages, agentRegret);
  }
}
