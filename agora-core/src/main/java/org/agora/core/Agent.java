package org.agora.core;

/**
 * A bot that plays one seat of a live game. Search agents, scripted bots, learned policies and
 * remote agents all implement it. Agents are created per match and per seat; {@link #restart()}
 * prepares one for a new episode.
 */
public interface Agent {

  /** The seat this agent plays. */
  int player();

  /**
   * Chooses an action for {@link #player()} at {@code state}, a decision node where it moves or a
   * simultaneous node. The agent must not modify {@code state}.
   */
  int step(State state);

  /** Forgets the current episode. */
  default void restart() {}
}
