package org.agora.core;

import java.util.List;

/**
 * Service-provider interface through which modules register agents with {@link AgentRegistry}. List
 * implementations in {@code META-INF/services/org.agora.core.AgentProvider}. A provider declares its
 * options with {@link ParameterSpec}, the machinery games use for their parameters; the registry
 * validates an agent string against them and hands the typed values to {@link #create}.
 */
public interface AgentProvider {

  /** Name used on the command line, e.g. {@code random}. */
  String name();

  /** One line for listings. */
  String description();

  /**
   * The options the agent takes, in the order listings show them (empty for none). An option named
   * {@code seed} of type {@link ParameterSpec.Type#LONG} without a default defaults to the seed the
   * agent is given (see {@link AgentRegistry#create}).
   */
  List<ParameterSpec> parameters();

  /**
   * Creates an agent for {@code player} in {@code game}.
   *
   * @param seed the agent's own random seed
   * @param options the validated options, every declared one present
   * @throws GameSpecException for a bad combination of options or a game the agent cannot play
   */
  Agent create(Game game, int player, long seed, GameParameters options);
}
