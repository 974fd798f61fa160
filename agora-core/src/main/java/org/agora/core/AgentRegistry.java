package org.agora.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds agents registered through {@link AgentProvider} (one by one) or {@link AgentFamily} (as a
 * group) and creates them from strings such as {@code mcts(simulations=1000)}, validating the options
 * against the provider's declarations.
 */
public final class AgentRegistry {

  /** Name of the option that, when declared without a default, defaults to the agent's seed. */
  static final String SEED = "seed";

  private AgentRegistry() {}

  private static final class Holder {
    static final Map<String, AgentFamily> FAMILIES =
        families(ServiceLoader.load(AgentFamily.class, AgentRegistry.class.getClassLoader()));
    static final Map<String, AgentProvider> PROVIDERS =
        byName(withFamilies(ServiceLoader.load(AgentProvider.class, AgentRegistry.class.getClassLoader()), FAMILIES));
  }

  /** The providers registered one by one, then every family's, in the families' name order. */
  static List<AgentProvider> withFamilies(Iterable<AgentProvider> providers, Map<String, AgentFamily> families) {
    List<AgentProvider> all = new ArrayList<>();
    providers.forEach(all::add);
    for (AgentFamily family : families.values()) {
      all.addAll(family.providers());
    }
    return all;
  }

  /**
   * The families keyed and sorted by name.
   *
   * @throws IllegalStateException when two families register the same name
   */
  static Map<String, AgentFamily> families(Iterable<AgentFamily> families) {
    Map<String, AgentFamily> byName = new TreeMap<>();
    for (AgentFamily family : families) {
      AgentFamily previous = byName.putIfAbsent(family.name(), family);
      if (previous != null) {
        throw new IllegalStateException("agent family '" + family.name() + "' is registered twice, by "
            + previous.getClass().getName() + " and " + family.getClass().getName());
      }
    }
    return Collections.unmodifiableMap(byName);
  }

  /** All registered agent families, sorted by name. */
  public static List<AgentFamily> families() {
    return new ArrayList<>(Holder.FAMILIES.values());
  }

  /**
   * The names of the agents of family {@code name}, in the family's order.
   *
   * @throws GameSpecException for an unknown family
   */
  public static List<String> family(String name) {
    AgentFamily family = Holder.FAMILIES.get(name);
    if (family == null) {
      throw new GameSpecException("unknown agent family '" + name + "'; known families: "
          + (Holder.FAMILIES.isEmpty() ? "none" : String.join(", ", Holder.FAMILIES.keySet())));
    }
    List<String> names = new ArrayList<>();
    for (AgentProvider provider : family.providers()) {
      names.add(provider.name());
    }
    return names;
  }

  /**
   * The providers keyed and sorted by name.
   *
   * @throws IllegalStateException when two providers register the same name, naming both classes
   */
  static Map<String, AgentProvider> byName(Iterable<AgentProvider> providers) {
    Map<String, AgentProvider> byName = new TreeMap<>();
    for (AgentProvider provider : providers) {
      AgentProvider previous = byName.putIfAbsent(provider.name(), provider);
      if (previous != null) {
        throw new IllegalStateException("agent '" + provider.name() + "' is registered twice, by "
            + previous.getClass().getName() + " and " + provider.getClass().getName());
      }
    }
    return Collections.unmodifiableMap(byName);
  }

  /** All registered agent providers, sorted by name. */
  public static List<AgentProvider> providers() {
    return new ArrayList<>(Holder.PROVIDERS.values());
  }

  /**
   * Creates an agent from a string such as {@code random} or {@code mcts(simulations=1000)}. The
   * options are validated against {@link AgentProvider#parameters()}; a declared {@code seed} option
   * of type LONG without a default that the string does not set gets {@code seed}.
   *
   * @throws GameSpecException for an unknown agent or bad options
   */
  public static Agent create(String agentString, Game game, int player, long seed) {
    return factory(agentString).create(game, player, seed);
  }

  /**
   * Parses and validates {@code agentString} once, for creating many agents from it.
   *
   * @throws GameSpecException for an unknown agent or bad options
   */
  public static AgentFactory factory(String agentString) {
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
    Map<String, String> raw = Collections.unmodifiableMap(new LinkedHashMap<>(spec.arguments()));
    GameParameters checked = options(provider, raw, 0);
    return new AgentFactory(agentString, provider, raw, seedDefaulted(provider, raw) ? null : checked);
  }

  /** True when {@code provider}'s seed option takes its value from the seed the agent is given. */
  private static boolean seedDefaulted(AgentProvider provider, Map<String, String> raw) {
    for (ParameterSpec parameter : provider.parameters()) {
      if (parameter.name().equals(SEED) && parameter.type() == ParameterSpec.Type.LONG && parameter.required()
          && !raw.containsKey(SEED)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Validates {@code raw} against {@code provider}'s declarations.
   *
   * @throws GameSpecException naming the agent, the option, the value and what is allowed
   */
  static GameParameters options(AgentProvider provider, Map<String, String> raw, long seed) {
    Map<String, String> given = raw;
    if (seedDefaulted(provider, raw)) {
      given = new LinkedHashMap<>(raw);
      given.put(SEED, Long.toString(seed));
    }
    return GameParameters.resolveOptions(provider.name(), provider.parameters(), given);
  }
}
