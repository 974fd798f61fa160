package org.agora.agents.search;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.agents.AgentOptions;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;

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
  public Agent create(Game game, int player, long seed, Map<String, String> options) {
    AgentOptions parsed = AgentOptions.of(NAME, options, List.of("depth", "playouts", "seed"));
    int depth = parsed.integer("depth", AlphaBetaSearch.UNLIMITED, 1, AlphaBetaSearch.UNLIMITED);
    int playouts = parsed.integer("playouts", 4, 1, 1_000_000);
    long agentSeed = parsed.longInteger("seed", seed);
    AlphaBetaSearch.requireSupported(game, NAME);
    Evaluator evaluator = new RandomPlayoutEvaluator(game, playouts, new SplittableRandom(agentSeed));
    return new AlphaBetaAgent(game, player, depth, evaluator);
  }
}
