package org.agora.learning.bandits.multiplayer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.agora.core.GameParameters;
import org.agora.core.GameSpec;
import org.agora.core.GameSpecException;

/**
 * Finds the multi-player policies registered through {@link MultiPlayerCatalog}s and creates them from
 * strings with agora-core's grammar and validation, as {@link org.agora.learning.bandits.BanditRegistry}
 * does for single-player ones: {@code mctopm(index=kl-ucb)}, {@code rhorand}, {@code
 * selfish(index=ucb1)}, {@code selfish(index=kl-ucb(c=3))} (any single-player policy string), {@code
 * musical-chair(explore=0.1)}.
 */
public final class MultiPlayerRegistry {

  private MultiPlayerRegistry() {}

  private static final class Holder {
    static final Map<String, MultiPlayerPolicyProvider> POLICIES = new TreeMap<>();

    static {
      for (MultiPlayerCatalog catalog
          : ServiceLoader.load(MultiPlayerCatalog.class, MultiPlayerRegistry.class.getClassLoader())) {
        for (MultiPlayerPolicyProvider provider : catalog.policies()) {
          if (POLICIES.putIfAbsent(provider.name(), provider) != null) {
            throw new IllegalStateException("two catalogs register the multi-player policy '" + provider.name() + "'");
          }
        }
      }
    }
  }

  /** The registered policies, sorted by name. */
  public static List<MultiPlayerPolicyProvider> policies() {
    return Collections.unmodifiableList(new ArrayList<>(Holder.POLICIES.values()));
  }

  /**
   * Creates a policy from its string for {@code problem}.
   *
   * @param horizon number of rounds
   * @param random the policy's own generator
   * @throws GameSpecException naming the unknown policy, option or bad value and what is allowed, or a
   *     collision model the policy does not work under
   */
  public static MultiPlayerPolicy createPolicy(String text, MultiPlayerProblem problem, long horizon,
      RandomGenerator random) {
    if (text == null || text.isBlank()) {
      throw new GameSpecException("multi-player policy string is missing");
    }
    if (horizon < 1) {
      throw new GameSpecException("the horizon must be at least 1, got " + horizon);
    }
    GameSpec spec;
    try {
      spec = GameSpec.parse(text);
    } catch (GameSpecException e) {
      throw new GameSpecException(e.getMessage().replace("bad game string", "bad multi-player policy string"));
    }
    MultiPlayerPolicyProvider provider = Holder.POLICIES.get(spec.name());
    if (provider == null) {
      throw new GameSpecException("unknown multi-player policy '" + spec.name() + "'; known: "
          + String.join(", ", Holder.POLICIES.keySet()));
    }
    if (!provider.models().contains(problem.model())) {
      List<String> allowed = new ArrayList<>();
      for (CollisionModel model : provider.models()) {
        allowed.add(model.text());
      }
      throw new GameSpecException(spec.name() + " does not work under the " + problem.model().text()
          + " collision model; allowed: " + String.join(", ", allowed));
    }
    GameParameters options = GameParameters.resolve(spec.name(), provider.parameters(), spec.arguments());
    return provider.create(options, problem, horizon, random);
  }
}
