package org.agora.core.agent;

import java.util.List;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;

/** Registers {@link RandomAgent} as {@code random}; it takes no options. */
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
  public List<ParameterSpec> parameters() {
    return List.of();
  }

  @Override
  public Agent create(Game game, int player, long seed, GameParameters options) {
    return new RandomAgent(game, player, seed);
  }
}
