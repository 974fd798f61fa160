package org.agora.core;

/**
 * An agent that sees only what its player may see: it is handed a {@link PlayerView} (legal
 * actions, information-state key, observation, its own return) and never the {@link State}, so
 * hidden information such as an opponent's cards is out of its reach. Scripted bots, policies,
 * remote and language-model agents implement this.
 */
public non-sealed interface ViewAgent extends Agent {

  /**
   * Chooses an action for {@link #player()} given its view, at a decision node where it moves or a
   * simultaneous node.
   */
  int step(PlayerView view);
}
