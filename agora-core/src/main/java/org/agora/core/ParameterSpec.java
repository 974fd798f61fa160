package org.agora.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Declaration of one typed parameter of a game or an agent (agents call them options): its name,
 * type, default (or none when required), range or allowed values, and a description for help text.
 *
 * @param name parameter name as written in game strings
 * @param type value type
 * @param defaultValue default value (Integer, Double, Boolean or String), or null when required
 * @param min smallest allowed number (INTEGER and REAL)
 * @param max largest allowed number (INTEGER and REAL)
 * @param choices allowed values for TEXT parameters; empty means any text
 * @param description one line for help text
 */
public record ParameterSpec(
    String name,
    Type type,
    Object defaultValue,
    double min,
    double max,
    List<String> choices,
    String description) {

  /** Parameter value types. */
  public enum Type {
    INTEGER,
    REAL,
    BOOLEAN,
    TEXT,
    /** A nested game string, such as the stage game of a repeated game. */
    GAME,
    /** A 64-bit integer such as a seed; any value is allowed. */
    LONG
  }

  public ParameterSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    choices = List.copyOf(choices);
    description = description == null ? "" : description;
  }

  /** An integer parameter in {@code [min, max]}. */
  public static ParameterSpec integer(String name, int defaultValue, int min, int max, String description) {
    return new ParameterSpec(name, Type.INTEGER, defaultValue, min, max, List.of(), description);
  }

  /** A required integer parameter in {@code [min, max]}. */
  public static ParameterSpec requiredInteger(String name, int min, int max, String description) {
    return new ParameterSpec(name, Type.INTEGER, null, min, max, List.of(), description);
  }

  /** A real parameter in {@code [min, max]}. */
  public static ParameterSpec real(String name, double defaultValue, double min, double max, String description) {
    return new ParameterSpec(name, Type.REAL, defaultValue, min, max, List.of(), description);
  }

  /**
   * A 64-bit integer parameter (any value, e.g. a seed); a null default makes it required. Its values
   * are {@link Long}s: read them with {@link GameParameters#getLong}.
   */
  public static ParameterSpec longInteger(String name, Long defaultValue, String description) {
    return new ParameterSpec(name, Type.LONG, defaultValue, Long.MIN_VALUE, Long.MAX_VALUE, List.of(), description);
  }

  /** A boolean parameter. */
  public static ParameterSpec bool(String name, boolean defaultValue, String description) {
    return new ParameterSpec(name, Type.BOOLEAN, defaultValue, 0, 1, List.of(), description);
  }

  /** A free-text parameter; a null default makes it required. */
  public static ParameterSpec text(String name, String defaultValue, String description) {
    return new ParameterSpec(name, Type.TEXT, defaultValue, 0, 0, List.of(), description);
  }

  /** A text parameter restricted to {@code choices}. */
  public static ParameterSpec choice(String name, String defaultValue, List<String> choices, String description) {
    return new ParameterSpec(name, Type.TEXT, defaultValue, 0, 0, choices, description);
  }

  /** A nested game parameter; a null default makes it required. */
  public static ParameterSpec game(String name, String defaultValue, String description) {
    return new ParameterSpec(name, Type.GAME, defaultValue, 0, 0, List.of(), description);
  }

  /** True when the parameter has no default and must be given. */
  public boolean required() {
    return defaultValue == null;
  }

  /** What values are allowed, for error messages and help, e.g. {@code integer in [2, 10]}. */
  public String allowed() {
    return switch (type) {
      case INTEGER -> "integer in [" + formatBound(min) + ", " + formatBound(max) + "]";
      case REAL -> "number in [" + formatBound(min) + ", " + formatBound(max) + "]";
      case BOOLEAN -> "true or false";
      case TEXT -> choices.isEmpty() ? "any text" : "one of " + String.join(", ", choices);
      case GAME -> "a game string such as rock_paper_scissors";
      case LONG -> "64-bit integer";
    };
  }

  /** What values are allowed, as agent option errors word it, e.g. {@code an integer in [1, 100]}. */
  String allowedAsOption() {
    return switch (type) {
      case INTEGER -> "an integer in [" + (long) min + ", " + (long) max + "]";
      case REAL -> "a number in [" + min + ", " + max + "]";
      case BOOLEAN -> "true or false";
      case TEXT -> choices.isEmpty() ? "a non-empty value" : "one of " + String.join(", ", choices);
      case GAME -> "a game string such as rock_paper_scissors";
      case LONG -> "a 64-bit integer";
    };
  }

  private static String formatBound(double value) {
    if (value == Double.POSITIVE_INFINITY || value >= Integer.MAX_VALUE) {
      return "inf";
    }
    if (value == Double.NEGATIVE_INFINITY || value <= Integer.MIN_VALUE) {
      return "-inf";
    }
    if (value == Math.rint(value)) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /**
   * Parses and validates a raw value.
   *
   * @param gameName game whose parameter this is, for the message
   * @throws GameSpecException naming the parameter, the value and what is allowed
   */
  public Object parse(String gameName, String raw) {
    return parse(gameName, raw, ParameterWording.GAME);
  }

  /** As {@link #parse(String, String)}, with the messages worded for a game or for an agent. */
  Object parse(String owner, String raw, ParameterWording wording) {
    String text = raw.trim();
    switch (type) {
      case INTEGER -> {
        int value;
        try {
          value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
          throw invalid(owner, raw, "is not an integer", wording);
        }
        if (value < min || value > max) {
          throw invalid(owner, raw, "is out of range", wording);
        }
        return value;
      }
      case REAL -> {
        double value;
        try {
          value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw invalid(owner, raw, "is not a number", wording);
        }
        if (!(value >= min && value <= max)) {
          throw invalid(owner, raw, "is out of range", wording);
        }
        return value;
      }
      case BOOLEAN -> {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true")) {
          return Boolean.TRUE;
        }
        if (lower.equals("false")) {
          return Boolean.FALSE;
        }
        throw invalid(owner, raw, "is not a boolean", wording);
      }
      case TEXT -> {
        if (!choices.isEmpty() && !choices.contains(text)) {
          throw invalid(owner, raw, "is not allowed", wording);
        }
        if (wording == ParameterWording.AGENT && text.isEmpty()) {
          throw invalid(owner, raw, "is empty", wording);
        }
        return text;
      }
      case GAME -> {
        if (text.isEmpty()) {
          throw invalid(owner, raw, "is empty", wording);
        }
        return text;
      }
      case LONG -> {
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException e) {
          throw invalid(owner, raw, "is not a 64-bit integer", wording);
        }
      }
      default -> throw new AssertionError(type);
    }
  }

  private GameSpecException invalid(String owner, String raw, String problem, ParameterWording wording) {
    if (wording == ParameterWording.AGENT) {
      return new GameSpecException(
          owner + ": option '" + name + "' value '" + raw + "' is invalid; allowed: " + allowedAsOption());
    }
    return new GameSpecException(
        owner + ": parameter '" + name + "' value '" + raw + "' " + problem + "; allowed: " + allowed());
  }
}
