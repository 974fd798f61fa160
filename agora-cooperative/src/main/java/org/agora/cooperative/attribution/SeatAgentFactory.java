package org.agora.cooperative.attribution;

import org.agora.core.Agent;
import org.agora.core.Game;

/**
 * Creates the agent that plays one seat of a game; {@code AgentRegistry.factory("mcts")::create}
 * is one, and so is a lambda that builds a learned or scripted agent directly.
 */
@FunctionalInterface
public interface SeatAgentFactory {

  /**
   * An agent for {@code player} in {@code game}.
   *
   * @param seed the agent's own random seed
   */
  Agent create(Game game, int player, long seed);
}
