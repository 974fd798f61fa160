package org.agora.core.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.agora.core.GameParameters;
import org.agora.core.GameSpec;
import org.agora.core.GameSpecException;

/**
 * Finds solvers registered through {@link SolverProvider} and configures them from solver strings
 * such as {@code cfr+(iterations=1000,threads=2)}. Providers keep the order in which
 * {@link ServiceLoader} finds them (the order of the services files), which is the order listings
 * and help show; a name registered twice fails loudly.
 */
public final class SolverRegistry {

  private SolverRegistry() {}

  private static final class Holder {
    static final Map<String, SolverProvider> PROVIDERS =
        index(ServiceLoader.load(SolverProvider.class, SolverRegistry.class.getClassLoader()));
  }

  /**
   * Indexes providers by name, in the given order.
   *
   * @throws IllegalStateException when two providers share a name
   */
  public static Map<String, SolverProvider> index(Iterable<? extends SolverProvider> providers) {
    Map<String, SolverProvider> byName = new LinkedHashMap<>();
    for (SolverProvider provider : providers) {
      SolverProvider previous = byName.putIfAbsent(provider.name(), provider);
      if (previous != null) {
        throw new IllegalStateException("solver '" + provider.name() + "' is registered twice, by "
            + previous.getClass().getName() + " and " + provider.getClass().getName());
      }
    }
    return Collections.unmodifiableMap(byName);
  }

  /** All registered providers, in registration order. */
  public static List<SolverProvider> providers() {
    return new ArrayList<>(Holder.PROVIDERS.values());
  }

  /** Registered solver names, in registration order. */
  public static List<String> names() {
    return new ArrayList<>(Holder.PROVIDERS.keySet());
  }

  /**
   * The provider registered under {@code name}.
   *
   * @throws GameSpecException naming the unknown solver and listing the known ones
   */
  public static SolverProvider provider(String name) {
    SolverProvider provider = Holder.PROVIDERS.get(name);
    if (provider == null) {
      throw new GameSpecException("unknown solver '" + name + "'; known solvers: "
          + String.join(", ", Holder.PROVIDERS.keySet()));
    }
    return provider;
  }

  /**
   * Parses and validates a solver string.
   *
   * @throws GameSpecException for a malformed string, an unknown solver or parameter, or a value that
   *     is not allowed (the message names the parameter, the value and what is allowed)
   */
  public static SolverConfiguration configure(String solverString) {
    GameSpec spec = GameSpec.parse(solverString);
    SolverProvider provider = provider(spec.name());
    return new SolverConfiguration(provider, GameParameters.resolve(spec.name(), provider.parameters(), spec.arguments()));
  }

  /**
   * Validates raw parameter values for {@code provider}.
   *
   * @throws GameSpecException for an unknown parameter or a value that is not allowed
   */
  public static SolverConfiguration configure(SolverProvider provider, Map<String, String> rawParameters) {
    return new SolverConfiguration(provider, GameParameters.resolve(provider.name(), provider.parameters(), rawParameters));
  }
}
