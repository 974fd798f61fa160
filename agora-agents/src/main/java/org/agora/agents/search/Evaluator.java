package org.agora.agents.search;

import org.agora.core.State;

/**
 * Heuristic value of a non-terminal state for a depth-limited {@link AlphaBetaSearch}: an estimate
 * of player 0's return (player 1's is its negation in a zero-sum game).
 */
@FunctionalInterface
public interface Evaluator {

  /** Estimated return of player 0 at {@code state}; must not modify {@code state}. */
  double evaluate(State state);
}
