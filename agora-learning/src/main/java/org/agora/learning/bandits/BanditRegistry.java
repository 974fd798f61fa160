package org.agora.learning.bandits;

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
import org.agora.core.ParameterSpec;

/**
 * Finds the bandit problems and policies registered through {@link BanditCatalog}s and creates them
 * from strings, with agora-core's game-string grammar and parameter validation: {@code
 * bernoulli(means=[0.1,0.5,0.9])}, {@code gaussian(means=0.1;0.5,sigma=1)}, {@code kl-ucb(c=0)},
 * {@code exp3(gamma=0.1)}. A problem string whose arguments have no {@code =} gives them to the
 * problem's first parameter as a list: {@code bernoulli(0.1,0.5,0.9)}.
 */
public final class BanditRegistry {

  private BanditRegistry() {}

  private static final class Holder {
    static final Map<String, BanditProblemProvider> PROBLEMS = new TreeMap<>();
    static final Map<String, BanditPolicyProvider> POLICIES = new TreeMap<>();

    static {
      for (BanditCatalog catalog : ServiceLoader.load(BanditCatalog.class, BanditRegistry.class.getClassLoader())) {
        for (BanditProblemProvider provider : catalog.problems()) {
          if (PROBLEMS.putIfAbsent(provider.name(), provider) != null) {
            throw new IllegalStateException("two catalogs register the bandit problem '" + provider.name() + "'");
          }
        }
        for (BanditPolicyProvider provider : catalog.policies()) {
          if (POLICIES.putIfAbsent(provider.name(), provider) != null) {
            throw new IllegalStateException("two catalogs register the bandit policy '" + provider.name() + "'");
          }
        }
      }
    }
  }

  /** The registered problem kinds, sorted by name. */
  public static List<BanditProblemProvider> problems() {
    return Collections.unmodifiableList(new ArrayList<>(Holder.PROBLEMS.values()));
  }

  /** The registered policies, sorted by name. */
  public static List<BanditPolicyProvider> policies() {
    return Collections.unmodifiableList(new ArrayList<>(Holder.POLICIES.values()));
  }

  /**
   * Creates a problem from its string.
   *
   * @throws GameSpecException naming the unknown problem, parameter or bad value and what is allowed
   */
  public static BanditProblem createProblem(String text) {
    GameSpec spec = parse(text, "bandit problem");
    BanditProblemProvider provider = Holder.PROBLEMS.get(spec.name());
    if (provider == null) {
      throw new GameSpecException("unknown bandit problem '" + spec.name() + "'; known: "
          + String.join(", ", Holder.PROBLEMS.keySet()));
    }
    if (spec.arguments().isEmpty() && !provider.parameters().isEmpty()) {
      String positional = positionalArguments(text);
      if (positional != null) {
        spec = new GameSpec(spec.name(), Map.of(provider.parameters().get(0).name(), "[" + positional + "]"));
      }
    }
    requireGiven(spec, provider.parameters());
    GameParameters parameters = GameParameters.resolve(spec.name(), provider.parameters(), spec.arguments());
    return provider.create(parameters);
  }

  /**
   * Creates a policy from its string for a problem with {@code setting}.
   *
   * @param random the policy's own generator
   * @throws GameSpecException naming the unknown policy, option or bad value and what is allowed
   */
  public static BanditPolicy createPolicy(String text, BanditSetting setting, RandomGenerator random) {
    if (text != null && positionalArguments(text) != null) {
      throw new GameSpecException("bad bandit policy string '" + text
          + "': options are written key=value, e.g. exp3(gamma=0.1)");
    }
    GameSpec spec = parse(text, "bandit policy");
    BanditPolicyProvider provider = Holder.POLICIES.get(spec.name());
    if (provider == null) {
      throw new GameSpecException("unknown bandit policy '" + spec.name() + "'; known: "
          + String.join(", ", Holder.POLICIES.keySet()));
    }
    GameParameters options = GameParameters.resolve(spec.name(), provider.parameters(), spec.arguments());
    return provider.create(options, setting, random);
  }

  /** A missing required list parameter is reported with its description, which says how to write it. */
  private static void requireGiven(GameSpec spec, List<ParameterSpec> parameters) {
    for (ParameterSpec parameter : parameters) {
      if (parameter.required() && parameter.type() == ParameterSpec.Type.TEXT
          && !spec.arguments().containsKey(parameter.name())) {
        throw new GameSpecException(spec.name() + ": parameter '" + parameter.name() + "' is required; allowed: "
            + parameter.description());
      }
    }
  }

  /** Parses with the game-string grammar, except that arguments without '=' are let through for later. */
  private static GameSpec parse(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new GameSpecException(what + " string is missing");
    }
    if (positionalArguments(text) != null) {
      return GameSpec.parse(text.substring(0, text.indexOf('(')).trim());
    }
    try {
      return GameSpec.parse(text);
    } catch (GameSpecException e) {
      throw new GameSpecException(e.getMessage().replace("bad game string", "bad " + what + " string"));
    }
  }

  /** The text between the outer parentheses when it holds values but no '=' at all, else null. */
  private static String positionalArguments(String text) {
    String trimmed = text.trim();
    int open = trimmed.indexOf('(');
    if (open <= 0 || !trimmed.endsWith(")")) {
      return null;
    }
    String inner = trimmed.substring(open + 1, trimmed.length() - 1).trim();
    return inner.isEmpty() || inner.indexOf('=') >= 0 ? null : inner;
  }
}
