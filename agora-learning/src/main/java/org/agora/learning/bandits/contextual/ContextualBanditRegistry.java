package org.agora.learning.bandits.contextual;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.agora.core.GameParameters;
import org.agora.core.GameSpec;
import org.agora.core.GameSpecException;
import org.agora.learning.bandits.BanditPolicyProvider;
import org.agora.learning.bandits.BanditRegistry;
import org.agora.learning.bandits.BanditSetting;

/**
 * Finds the contextual problems and policies registered through {@link ContextualBanditCatalog}s and
 * creates them from strings with agora-core's game-string grammar: {@code
 * linear(arms=5,dimension=10,noise=0.1,seed=3)}, {@code linucb(alpha=1)}, {@code lin-ts(v=0.5)}. A
 * policy string naming a (non-contextual) policy of {@link BanditRegistry}, such as {@code ucb1}, gives
 * that policy behind a {@link ContextBlindPolicy}: the context-blind baseline.
 */
public final class ContextualBanditRegistry {

  private ContextualBanditRegistry() {}

  private static final class Holder {
    static final Map<String, ContextualProblemProvider> PROBLEMS = new TreeMap<>();
    static final Map<String, ContextualPolicyProvider> POLICIES = new TreeMap<>();

    static {
      for (ContextualBanditCatalog catalog
          : ServiceLoader.load(ContextualBanditCatalog.class, ContextualBanditRegistry.class.getClassLoader())) {
        for (ContextualProblemProvider provider : catalog.problems()) {
          if (PROBLEMS.putIfAbsent(provider.name(), provider) != null) {
            throw new IllegalStateException("two catalogs register the contextual problem '" + provider.name() + "'");
          }
        }
        for (ContextualPolicyProvider provider : catalog.policies()) {
          if (POLICIES.putIfAbsent(provider.name(), provider) != null) {
            throw new IllegalStateException("two catalogs register the contextual policy '" + provider.name() + "'");
          }
        }
      }
    }
  }

  /** The registered problem kinds, sorted by name. */
  public static List<ContextualProblemProvider> problems() {
    return Collections.unmodifiableList(new ArrayList<>(Holder.PROBLEMS.values()));
  }

  /** The registered contextual policies, sorted by name (context-blind policies are not listed). */
  public static List<ContextualPolicyProvider> policies() {
    return Collections.unmodifiableList(new ArrayList<>(Holder.POLICIES.values()));
  }

  /**
   * Creates a problem from its string.
   *
   * @throws GameSpecException naming the unknown problem, parameter or bad value and what is allowed
   */
  public static ContextualBanditProblem createProblem(String text) {
    GameSpec spec = parse(text, "contextual bandit problem");
    ContextualProblemProvider provider = Holder.PROBLEMS.get(spec.name());
    if (provider == null) {
      throw new GameSpecException("unknown contextual bandit problem '" + spec.name() + "'; known: "
          + String.join(", ", Holder.PROBLEMS.keySet()));
    }
    return provider.create(GameParameters.resolve(spec.name(), provider.parameters(), spec.arguments()));
  }

  /**
   * Creates a policy from its string for a problem with {@code setting}; the name of a non-contextual
   * policy gives it context-blind.
   *
   * @param random the policy's own generator
   * @throws GameSpecException naming the unknown policy, option or bad value and what is allowed
   */
  public static ContextualBanditPolicy createPolicy(String text, ContextualSetting setting, RandomGenerator random) {
    GameSpec spec = parse(text, "contextual bandit policy");
    ContextualPolicyProvider provider = Holder.POLICIES.get(spec.name());
    if (provider != null) {
      GameParameters options = GameParameters.resolve(spec.name(), provider.parameters(), spec.arguments());
      return provider.create(options, setting, random);
    }
    for (BanditPolicyProvider blind : BanditRegistry.policies()) {
      if (blind.name().equals(spec.name())) {
        return new ContextBlindPolicy(BanditRegistry.createPolicy(text,
            new BanditSetting(setting.armCount(), setting.horizon()), random), setting.dimension());
      }
    }
    TreeSet<String> known = new TreeSet<>(Holder.POLICIES.keySet());
    throw new GameSpecException("unknown contextual bandit policy '" + spec.name() + "'; known: "
        + String.join(", ", known) + " (or any bandit policy, played context-blind)");
  }

  private static GameSpec parse(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new GameSpecException(what + " string is missing");
    }
    try {
      return GameSpec.parse(text);
    } catch (GameSpecException e) {
      throw new GameSpecException(e.getMessage().replace("bad game string", "bad " + what + " string"));
    }
  }
}
