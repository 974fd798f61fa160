package org.agora.agents.mcts;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.agents.search.RandomRolloutEvaluator;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;

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
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.integer("simulations", 1000, 1, 100_000_000, "simulations per move"),
        ParameterSpec.real("c", Math.sqrt(2.0), 0.0, 1e6, "UCT exploration constant"),
        ParameterSpec.integer("rollouts", 1, 1, 1_000_000, "random rollouts averaged per leaf"),
        ParameterSpec.longInteger("seed", null, "the search's seed (default: the seed the agent is given)"),
        ParameterSpec.integer("node_limit", (int) HistorySampler.DEFAULT_NODE_LIMIT, 1, Integer.MAX_VALUE,
            "most game-tree nodes the determinization sampler may enumerate"));
  }

  @Override
  public Agent create(Game game, int player, long seed, GameParameters options) {
    HistorySampler sampler = new HistorySampler(game, player, options.getInt("node_limit"), NAME);
    return new InformationSetMctsAgent(game, player, options.getInt("simulations"), options.getDouble("c"),
        new RandomRolloutEvaluator(game, options.getInt("rollouts")), new SplittableRandom(options.getLong("seed")),
        sampler);
  }
}
