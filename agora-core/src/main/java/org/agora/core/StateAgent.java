package org.agora.core;

/**
 * An agent that acts on the full {@link State}: search agents (MCTS, alpha-beta, information-set
 * MCTS that determinises from the true state) which copy and simulate the game. It sees everything,
 * hidden information included, so only trusted, local algorithms should be state agents; anything
 * that must play fair implements {@link ViewAgent}.
 */
public non-sealed interface StateAgent extends Agent {

  /**
   * Chooses an action for {@link #player()} at {@code state}, a decision node where it moves or a
   * simultaneous node. The agent must not modify {@code state}.
   */
  int step(State state);
}
