package org.agora.agents.search;

import java.util.random.RandomGenerator;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.StateAgent;

/**
 * Plays the move {@link AlphaBetaSearch} finds best for its seat, searching afresh at every move.
 * With no depth limit it plays perfectly (it never loses a position that can be held); with one, it
 * plays well only as far as its {@link Evaluator} is good. Cost per move: one search (see
 * {@link AlphaBetaSearch} for its complexity); a node with one legal move is answered without search.
 */
public final class AlphaBetaAgent implements StateAgent {

  private final int player;
  private final AlphaBetaSearch search;
  private final int[] legal;

  /**
   * @param depthLimit see {@link AlphaBetaSearch#AlphaBetaSearch(Game, int, Evaluator, RandomGenerator)}
   * @param random the generator the evaluator draws from
   * @throws org.agora.core.GameSpecException if the game is not supported
   */
  public AlphaBetaAgent(Game game, int player, int depthLimit, Evaluator evaluator, RandomGenerator random) {
    this.player = player;
    this.search = new AlphaBetaSearch(game, depthLimit, evaluator, random);
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
    return search.search(state).action();
  }
}
