package org.agora.core;

import java.util.Map;

/**
 * Service-provider interface through which modules register agents with {@link AgentRegistry}. List
 * implementations in {@code META-INF/services/org.agora.core.AgentProvider}.
 */
public interface AgentProvider {

  /** Name used on the command line, e.g. {@code random}. */
  String name();

  /** One line for listings. */
  String description();

  /**
   * Creates an agent for {@code player} in {@code game}.
   *
   * @param seed the agent's own random seed
   * @param options raw options from {@code name(key=value,...)}
   * @throws GameSpecException for unknown or bad options, or a game the agent cannot play
   */
  Agent create(Game game, int player, long seed, Map<String, String> options);
}
