package org.agora.agents;

import java.util.List;
import java.util.Map;
import org.agora.core.GameSpecException;

/**
 * Validated access to the raw {@code key=value} options of an agent string such as
 * {@code mcts(simulations=100,c=1.4)}. Every error is a {@link GameSpecException} whose message
 * names the agent, the option, the value given and what is allowed.
 */
public final class AgentOptions {

  private final String agent;
  private final Map<String, String> options;

  private AgentOptions(String agent, Map<String, String> options) {
    this.agent = agent;
    this.options = options;
  }

  /**
   * Checks that every given option is one of {@code allowed}.
   *
   * @throws GameSpecException naming the first unknown option and the allowed ones
   */
  public static AgentOptions of(String agent, Map<String, String> options, List<String> allowed) {
    for (String key : options.keySet()) {
      if (!allowed.contains(key)) {
        String known = allowed.isEmpty() ? "it takes no options" : "allowed: " + String.join(", ", allowed);
        throw new GameSpecException(agent + ": unknown option '" + key + "'; " + known);
      }
    }
    return new AgentOptions(agent, options);
  }

  /** True when the option was given. */
  public boolean has(String name) {
    return options.containsKey(name);
  }

  /** An integer option in {@code [minimum, maximum]}, or {@code fallback} when absent. */
  public int integer(String name, int fallback, int minimum, int maximum) {
    String raw = options.get(name);
    if (raw == null) {
      return fallback;
    }
    String allowed = "an integer in [" + minimum + ", " + maximum + "]";
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < minimum || value > maximum) {
        throw bad(name, raw, allowed);
      }
      return value;
    } catch (NumberFormatException e) {
      throw bad(name, raw, allowed);
    }
  }

  /** A long option (any value), or {@code fallback} when absent. */
  public long longInteger(String name, long fallback) {
    String raw = options.get(name);
    if (raw == null) {
      return fallback;
    }
    try {
      return Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      throw bad(name, raw, "a 64-bit integer");
    }
  }

  /** A finite real option in {@code [minimum, maximum]}, or {@code fallback} when absent. */
  public double real(String name, double fallback, double minimum, double maximum) {
    String raw = options.get(name);
    if (raw == null) {
      return fallback;
    }
    String allowed = "a number in [" + minimum + ", " + maximum + "]";
    try {
      double value = Double.parseDouble(raw.trim());
      if (!(value >= minimum && value <= maximum)) {
        throw bad(name, raw, allowed);
      }
      return value;
    } catch (NumberFormatException e) {
      throw bad(name, raw, allowed);
    }
  }

  /** A boolean option ({@code true} or {@code false}), or {@code fallback} when absent. */
  public boolean bool(String name, boolean fallback) {
    String raw = options.get(name);
    if (raw == null) {
      return fallback;
    }
    return switch (raw.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw bad(name, raw, "true or false");
    };
  }

  /** A non-empty string option, or null when absent. */
  public String string(String name) {
    String raw = options.get(name);
    if (raw != null && raw.isBlank()) {
      throw bad(name, raw, "a non-empty value");
    }
    return raw;
  }

  /** An error about option {@code name} with value {@code raw}. */
  public GameSpecException bad(String name, String raw, String allowed) {
    return new GameSpecException(agent + ": option '" + name + "' value '" + raw + "' is invalid; allowed: " + allowed);
  }
}
