package org.agora.learning.bandits.collaborative;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.policy.Ucb1;

/**
 * The non-collaborative baseline of a collaborative bandit: every agent runs UCB1 (Auer,
 * Cesa-Bianchi, Fischer, Machine Learning 2002) alone on all K arms of its bandit and sends no message,
 * so the group regret is the sum of N single-agent regrets, of order {@code N sum_k ln T / Delta_k}.
 */
public final class IndependentUcb implements CollaborativePolicy {

  private final double alpha;
  private final Ucb1[] agents;

  /** @param alpha UCB exploration constant: index {@code mean + sqrt(alpha ln t / n)} */
  public IndependentUcb(HeterogeneousBanditNetwork network, double alpha) {
    this.alpha = alpha;
    agents = new Ucb1[network.agentCount()];
    for (int agent = 0; agent < agents.length; agent++) {
      agents[agent] = new Ucb1(network.armCount(), alpha);
    }
  }

  @Override
  public void reset() {
    for (Ucb1 agent : agents) {
      agent.reset();
    }
  }

  @Override
  public int choose(int agent, long round) {
    return agents[agent].choose(round);
  }

  @Override
  public void update(int agent, int arm, double reward) {
    agents[agent].update(arm, reward);
  }

  @Override
  public void communicate(long round, RandomGenerator random) {}

  @Override
  public long messages() {
    return 0;
  }

  @Override
  public String describe() {
    return "independent-ucb(alpha=" + alpha + ")";
  }
}
