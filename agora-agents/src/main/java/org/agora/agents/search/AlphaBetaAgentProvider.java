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
 * unlimited = exact solve), {@code nodes} (node budget per move, default {@value #DEFAULT_NODES}; a
 * search that needs more deepens iteratively within the budget instead, see {@link AlphaBetaSearch};
 * {@value AlphaBetaSearch#UNLIMITED} means no budget), {@code playouts} (random playouts per
 * evaluation at the depth limit, default 4) and {@code seed} (the playouts' seed; default the seed the
 * agent is given).
 *
 * <p>The default budget keeps a move to about a second on every registered game: tic-tac-toe is
 * solved exactly from any position (5,551 nodes from the empty board), while connect four, whose exact
 * solve did not finish in minutes, is searched 7 to 8 plies deep with random playouts at the horizon.
 * A budget counts nodes, not time, so moves stay the same for a given seed on any machine.
 */
public final class AlphaBetaAgentProvider implements AgentProvider {

  private static final String NAME = "alphabeta";

  /** Default node budget per move. */
  public static final int DEFAULT_NODES = 50_000;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "minimax with alpha-beta pruning; options depth (default: exact solve), nodes (per-move budget), playouts, seed";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.integer("depth", AlphaBetaSearch.UNLIMITED, 1, AlphaBetaSearch.UNLIMITED,
            "plies to search (default: to the end of the game)"),
        ParameterSpec.integer("nodes", DEFAULT_NODES, 1, AlphaBetaSearch.UNLIMITED,
            "nodes per move; a search needing more deepens iteratively within it (" + AlphaBetaSearch.UNLIMITED
                + ": no budget)"),
        ParameterSpec.integer("playouts", 4, 1, 1_000_000, "random playouts averaged per evaluation at the depth limit"),
        ParameterSpec.longInteger("seed", null, "the playouts' seed (default: the seed the agent is given)"));
  }

  @Override
  public Agent create(Game game, int player, long seed, GameParameters options) {
    AlphaBetaSearch.requireSupported(game, NAME);
    Evaluator evaluator = new RandomRolloutEvaluator(game, options.getInt("playouts"));
    return new AlphaBetaAgent(game, player, options.getInt("depth"), options.getInt("nodes"), evaluator,
        new SplittableRandom(options.getLong("seed")));
  }
}
