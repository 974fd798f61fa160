package org.agora.agents.search;

import java.util.random.RandomGenerator;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.StateAgent;

/**
 * Plays the move {@link AlphaBetaSearch} finds best for its seat, searching afresh at every move.
 * With no depth limit and a budget large enough it plays perfectly (it never loses a position that can
 * be held); otherwise it plays well only as far as its {@link Evaluator} is good. Cost per move: one search (see
 * {@link AlphaBetaSearch} for its complexity); a node with one legal move is answered without search.
 */
public final class AlphaBetaAgent implements StateAgent {

  private final int player;
  private final AlphaBetaSearch search;
  private final int[] legal;
  private AlphaBetaSearch.Result lastSearch;

  /**
   * @param depthLimit see {@link AlphaBetaSearch#AlphaBetaSearch(Game, int, Evaluator, RandomGenerator)}
   * @param random the generator the evaluator draws from
   * @throws org.agora.core.GameSpecException if the game is not supported
   */
  public AlphaBetaAgent(Game game, int player, int depthLimit, Evaluator evaluator, RandomGenerator random) {
    this(game, player, depthLimit, AlphaBetaSearch.UNLIMITED, evaluator, random);
  }

  /**
   * An agent whose searches keep to {@code nodeBudget} nodes per move (see {@link AlphaBetaSearch}).
   *
   * @param depthLimit see {@link AlphaBetaSearch#AlphaBetaSearch(Game, int, long, Evaluator, RandomGenerator)}
   * @param nodeBudget nodes per attempt, or {@link AlphaBetaSearch#UNLIMITED}
   * @param random the generator the evaluator draws from
   * @throws org.agora.core.GameSpecException if the game is not supported
   */
  public AlphaBetaAgent(Game game, int player, int depthLimit, long nodeBudget, Evaluator evaluator,
      RandomGenerator random) {
    this.player = player;
    this.search = new AlphaBetaSearch(game, depthLimit, nodeBudget, evaluator, random);
    this.legal = new int[Math.max(1, game.actionCount())];
  }

  @Override
  public int player() {
    return player;
  }

  @Override
  public int step(State state) {
    if (!state.isDecisionNode() || state.currentPlayer() != player) {
      throw new IllegalStateException("alphabeta plays player " + player + " but the turn is " + state.turn());
    }
    int count = state.legalActions(legal);
    if (count == 1) {
      return legal[0];
    }
    lastSearch = search.search(state);
    return lastSearch.action();
  }

  /** The result of this agent's latest search (nodes, depth), or null before its first search. */
  public AlphaBetaSearch.Result lastSearch() {
    return lastSearch;
  }
}
