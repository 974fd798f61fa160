package org.agora.core;

import java.util.Map;

/**
 * An agent string parsed and validated once, that creates agents without parsing again: what a
 * runner that creates the same agents for many matches or chunks holds (see
 * {@link AgentRegistry#factory(String)}). When the options do not depend on the seed they are
 * resolved once; an agent whose {@code seed} option defaults to the seed it is given has them
 * resolved per creation. Immutable and thread-safe.
 */
public final class AgentFactory {

  private final String agentString;
  private final AgentProvider provider;
  private final Map<String, String> raw;
  private final GameParameters fixedOptions;

  AgentFactory(String agentString, AgentProvider provider, Map<String, String> raw,
      GameParameters fixedOptions) {
    this.agentString = agentString;
    this.provider = provider;
    this.raw = raw;
    this.fixedOptions = fixedOptions;
  }

  /** The agent string this factory was made from. */
  public String agentString() {
    return agentString;
  }

  /**
   * Creates an agent for {@code player} in {@code game}.
   *
   * @param seed the agent's own random seed
   * @throws GameSpecException for a game the agent cannot play
   */
  public Agent create(Game game, int player, long seed) {
    GameParameters options = fixedOptions != null ? fixedOptions : AgentRegistry.options(provider, raw, seed);
    return provider.create(game, player, seed, options);
  }
}
