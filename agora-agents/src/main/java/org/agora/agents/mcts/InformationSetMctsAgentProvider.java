package org.agora.agents.mcts;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.agents.AgentOptions;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;

/**
 * Registers {@link InformationSetMctsAgent} as {@code ismcts}. Options: {@code simulations} (per
 * move, default 1000), {@code c} (default sqrt(2)), {@code rollouts} (default 1), {@code seed}
 * (default the seed the agent is given) and {@code node_limit} (most game-tree nodes the
 * determinization sampler may enumerate, default 2,000,000).
 */
public final class InformationSetMctsAgentProvider implements AgentProvider {

  private static final String NAME = "ismcts";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "information-set MCTS for hidden information; options simulations (1000), c, rollouts, seed, node_limit";
  }

  @Override
  public Agent create(Game game, int player, long seed, Map<String, String> options) {
    AgentOptions parsed = AgentOptions.of(NAME, options, List.of("simulations", "c", "rollouts", "seed", "node_limit"));
    int simulations = parsed.integer("simulations", 1000, 1, 100_000_000);
    double exploration = parsed.real("c", Math.sqrt(2.0), 0.0, 1e6);
    int rollouts = parsed.integer("rollouts", 1, 1, 1_000_000);
    long agentSeed = parsed.longInteger("seed", seed);
    int nodeLimit = parsed.integer("node_limit", (int) HistorySampler.DEFAULT_NODE_LIMIT, 1, Integer.MAX_VALUE);
    HistorySampler sampler = new HistorySampler(game, player, nodeLimit, NAME);
    return new InformationSetMctsAgent(game, player, simulations, exploration, new RandomRolloutEvaluator(game, rollouts),
        new SplittableRandom(agentSeed), sampler);
  }
}
