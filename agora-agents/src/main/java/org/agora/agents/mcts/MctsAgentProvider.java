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
 * Registers {@link MctsAgent} as {@code mcts}. Options: {@code simulations} (per move, default
 * 1000), {@code c} (UCT exploration constant, default sqrt(2)), {@code rollouts} (random rollouts
 * per leaf, default 1), {@code seed} (default the seed the agent is given) and {@code solve}
 * ({@code true} for MCTS-Solver in two-player zero-sum games without chance; default false).
 */
public final class MctsAgentProvider implements AgentProvider {

  private static final String NAME = "mcts";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "UCT Monte-Carlo tree search; options simulations (1000), c (sqrt 2), rollouts (1), seed, solve (false)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.integer("simulations", 1000, 1, 100_000_000, "simulations per move"),
        ParameterSpec.real("c", Math.sqrt(2.0), 0.0, 1e6, "UCT exploration constant"),
        ParameterSpec.integer("rollouts", 1, 1, 1_000_000, "random rollouts averaged per leaf"),
        ParameterSpec.longInteger("seed", null, "the search's seed (default: the seed the agent is given)"),
        ParameterSpec.bool("solve", false, "MCTS-Solver: prove wins and losses (2-player zero-sum, no chance)"));
  }

  @Override
  public Agent create(Game game, int player, long seed, GameParameters options) {
    MctsAgent.requireTree(game, NAME);
    return new MctsAgent(game, player, options.getInt("simulations"), options.getDouble("c"),
        new RandomRolloutEvaluator(game, options.getInt("rollouts")), new SplittableRandom(options.getLong("seed")),
        options.getBoolean("solve"));
  }
}
