package org.agora.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds agents registered through {@link AgentProvider} and creates them from strings. */
public final class AgentRegistry {

  private AgentRegistry() {}

  private static final class Holder {
    static final Map<String, AgentProvider> PROVIDERS = load();

    private static Map<String, AgentProvider> load() {
      Map<String, AgentProvider> byName = new TreeMap<>();
      for (AgentProvider provider : ServiceLoader.load(AgentProvider.class, AgentRegistry.class.getClassLoader())) {
        byName.putIfAbsent(provider.name(), provider);
      }
      return Collections.unmodifiableMap(byName);
    }
  }

  /** All registered agent providers, sorted by name. */
  public static List<AgentProvider> providers() {
    return new ArrayList<>(Holder.PROVIDERS.values());
  }

  /**
   * Creates an agent from a string such as {@code random} or {@code mcts(simulations=1000)}.
   *
   * @throws GameSpecException for an unknown agent or bad options
   */
  public static Agent create(String agentString, Game game, int player, long seed) {
    GameSpec spec;
    try {
      spec = GameSpec.parse(agentString);
    } catch (GameSpecException e) {
      throw new GameSpecException(e.getMessage().replace("bad game string", "bad agent string"));
    }
    AgentProvider provider = Holder.PROVIDERS.get(spec.name());
    if (provider == null) {
      throw new GameSpecException("unknown agent '" + spec.name() + "'; known agents: "
          + String.join(", ", Holder.PROVIDERS.keySet()));
    }
    return provider.create(game, player, seed, spec.arguments());
  }
}
