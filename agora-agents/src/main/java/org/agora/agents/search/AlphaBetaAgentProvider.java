package org.agora.agents.search;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;

/**
 * Registers {@link AlphaBetaAgent} as {@code alphabeta}. Options: {@code depth} (plies, default
 * unlimited = exact solve), {@code playouts} (random playouts per evaluation at the depth limit,
 * default 4) and {@code seed} (the playouts' seed; default the seed the agent is given).
 */
public final class AlphaBetaAgentProvider implements AgentProvider {

  private static final String NAME = "alphabeta";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "minimax with alpha-beta pruning; options depth (default: exact solve), playouts, seed";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.integer("depth", AlphaBetaSearch.UNLIMITED, 1, AlphaBetaSearch.UNLIMITED,
            "plies to search (default: to the end of the game)"),
        ParameterSpec.integer("playouts", 4, 1, 1_000_000, "random playouts averaged per evaluation at the depth limit"),
        ParameterSpec.longInteger("seed", null, "the playouts' seed (default: the seed the agent is given)"));
  }

  @Override
  public Agent create(Game game, int player, long seed, GameParameters options) {
    AlphaBetaSearch.requireSupported(game, NAME);
    Evaluator evaluator = new RandomRolloutEvaluator(game, options.getInt("playouts"));
    return new AlphaBetaAgent(game, player, options.getInt("depth"), evaluator,
        new SplittableRandom(options.getLong("seed")));
  }
}
