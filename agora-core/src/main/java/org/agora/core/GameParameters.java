package org.agora.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The validated parameter values of one game instance (or the options of one agent, see
 * {@link #resolveOptions}), every declared parameter present (defaults filled in), in declaration
 * order.
 */
public final class GameParameters {

  private final String gameName;
  private final Map<String, Object> values;

  private GameParameters(String gameName, Map<String, Object> values) {
    this.gameName = gameName;
    this.values = Collections.unmodifiableMap(values);
  }

  /** Parameters with no values, for games without parameters. */
  public static GameParameters none(String gameName) {
    return new GameParameters(gameName, new LinkedHashMap<>());
  }

  /**
   * Validates raw values against the declarations and fills in defaults.
   *
   * @throws GameSpecException for an unknown parameter, a missing required one or a bad value
   */
  public static GameParameters resolve(String gameName, List<ParameterSpec> specs, Map<String, String> raw) {
    return resolve(gameName, specs, raw, ParameterWording.GAME);
  }

  /**
   * Validates an agent's raw options against its declarations and fills in defaults, with the
   * messages worded for agents ({@code mcts: unknown option 'depth'; allowed: ...}).
   *
   * @throws GameSpecException for an unknown option, a missing required one or a bad value
   */
  public static GameParameters resolveOptions(String agentName, List<ParameterSpec> specs, Map<String, String> raw) {
    return resolve(agentName, specs, raw, ParameterWording.AGENT);
  }

  private static GameParameters resolve(String gameName, List<ParameterSpec> specs, Map<String, String> raw,
      ParameterWording wording) {
    boolean agent = wording == ParameterWording.AGENT;
    String noun = agent ? "option" : "parameter";
    Map<String, ParameterSpec> byName = new LinkedHashMap<>();
    for (ParameterSpec spec : specs) {
      byName.put(spec.name(), spec);
    }
    for (String key : raw.keySet()) {
      if (!byName.containsKey(key)) {
        String allowed = byName.isEmpty() ? "it takes no " + noun + "s" : "allowed: " + String.join(", ", byName.keySet());
        throw new GameSpecException(gameName + ": unknown " + noun + " '" + key + "'; " + allowed);
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (ParameterSpec spec : specs) {
      String given = raw.get(spec.name());
      if (given != null) {
        values.put(spec.name(), spec.parse(gameName, given, wording));
      } else if (spec.required()) {
        throw new GameSpecException(gameName + ": " + noun + " '" + spec.name() + "' is required; allowed: "
            + (agent ? spec.allowedAsOption() : spec.allowed()));
      } else {
        values.put(spec.name(), spec.defaultValue());
      }
    }
    return new GameParameters(gameName, values);
  }

  /** Builds parameters directly from already-typed values (for games made in code). */
  public static GameParameters of(String gameName, Map<String, Object> typedValues) {
    return new GameParameters(gameName, new LinkedHashMap<>(typedValues));
  }

  public String gameName() {
    return gameName;
  }

  public Map<String, Object> values() {
    return values;
  }

  public int getInt(String name) {
    return (Integer) require(name);
  }

  /** An integer parameter as a {@code long} (declared with {@link ParameterSpec#longInteger} or as an int). */
  public long getLong(String name) {
    return ((Number) require(name)).longValue();
  }

  public double getDouble(String name) {
    Object value = require(name);
    return value instanceof Integer i ? i : (Double) value;
  }

  public boolean getBoolean(String name) {
    return (Boolean) require(name);
  }

  public String getString(String name) {
    return (String) require(name);
  }

  /** Creates the nested game of a GAME parameter through the registry. */
  public Game getGame(String name) {
    return GameRegistry.create(getString(name));
  }

  private Object require(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException(gameName + " has no parameter '" + name + "'");
    }
    return value;
  }

  /** The canonical game string, e.g. {@code kuhn_poker(players=3)}; just the name without parameters. */
  public String toGameString() {
    if (values.isEmpty()) {
      return gameName;
    }
    StringJoiner joiner = new StringJoiner(",", gameName + "(", ")");
    values.forEach((key, value) -> joiner.add(key + "=" + GameSpec.quoteIfNeeded(format(value))));
    return joiner.toString();
  }

  private static String format(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue()) + ".0";
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return toGameString();
  }
}
