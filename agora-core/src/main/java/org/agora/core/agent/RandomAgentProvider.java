package org.agora.core.agent;

import java.util.Map;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;
import org.agora.core.GameSpecException;

/** Registers {@link RandomAgent} as {@code random}. */
public final class RandomAgentProvider implements AgentProvider {

  @Override
  public String name() {
    return "random";
  }

  @Override
  public String description() {
    return "uniformly random legal action";
  }

  @Override
  public Agent create(Game game, int player, long seed, Map<String, String> options) {
    if (!options.isEmpty()) {
      throw new GameSpecException("random: unknown option '" + options.keySet().iterator().next() + "'; it takes no options");
    }
    return new RandomAgent(game, player, seed);
  }
}
