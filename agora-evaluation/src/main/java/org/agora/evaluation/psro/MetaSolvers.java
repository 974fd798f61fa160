package org.agora.evaluation.psro;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Meta-solvers by name: {@code nash}, {@code uniform}, {@code alpharank(alpha=A,population=M)},
 * {@code prd(iterations=N,step=H,gamma=G)} and {@code rae(tolerance=E,iterations=N)}, parameters
 * optional and in any order.
 */
public final class MetaSolvers {

  /** The meta-solver names. */
  public static final Set<String> NAMES = Set.of("nash", "uniform", "alpharank", "prd", "rae");

  private MetaSolvers() {}

  /**
   * The meta-solver described by {@code text}.
   *
   * @throws IllegalArgumentException (one line) for an unknown name or parameter or a bad value
   */
  public static MetaSolver parse(String text) {
    String trimmed = text.strip();
    String name = trimmed;
    Map<String, String> parameters = new LinkedHashMap<>();
    int open = trimmed.indexOf('(');
    if (open >= 0) {
      if (!trimmed.endsWith(")")) {
        throw new IllegalArgumentException("meta-solver '" + text + "' lacks its closing parenthesis");
      }
      name = trimmed.substring(0, open).strip();
      String inside = trimmed.substring(open + 1, trimmed.length() - 1).strip();
      if (!inside.isEmpty()) {
        for (String part : inside.split(",")) {
          int equals = part.indexOf('=');
          if (equals < 0) {
            throw new IllegalArgumentException("meta-solver parameter '" + part.strip() + "' is not name=value");
          }
          String key = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
          if (parameters.put(key, part.substring(equals + 1).strip()) != null) {
            throw new IllegalArgumentException("meta-solver parameter '" + key + "' is given twice");
          }
        }
      }
    }
    name = name.toLowerCase(Locale.ROOT);
    MetaSolver solver = switch (name) {
      case "nash" -> {
        allow(name, parameters);
        yield new NashMetaSolver();
      }
      case "uniform" -> {
        allow(name, parameters);
        yield new UniformMetaSolver();
      }
      case "alpharank" -> {
        allow(name, parameters, "alpha", "population");
        yield new AlphaRankMetaSolver(number(parameters, "alpha", AlphaRankMetaSolver.DEFAULT_ALPHA),
            integer(parameters, "population", AlphaRankMetaSolver.DEFAULT_POPULATION));
      }
      case "prd" -> {
        allow(name, parameters, "iterations", "step", "gamma");
        yield new ProjectedReplicatorMetaSolver(
            integer(parameters, "iterations", ProjectedReplicatorMetaSolver.DEFAULT_ITERATIONS),
            number(parameters, "step", ProjectedReplicatorMetaSolver.DEFAULT_STEP_SIZE),
            number(parameters, "gamma", ProjectedReplicatorMetaSolver.DEFAULT_EXPLORATION));
      }
      case "rae" -> {
        allow(name, parameters, "tolerance", "iterations");
        double tolerance = number(parameters, "tolerance", RiskAverseMetaSolver.DEFAULT_TOLERANCE);
        int iterations = integer(parameters, "iterations", RiskAverseMetaSolver.DEFAULT_ITERATIONS);
        if (!(tolerance >= 0.0) || Double.isInfinite(tolerance) || iterations < 1) {
          throw new IllegalArgumentException("meta-solver rae needs tolerance >= 0 and iterations >= 1, got tolerance="
              + tolerance + ", iterations=" + iterations);
        }
        yield new RiskAverseMetaSolver(tolerance, iterations);
      }
      default -> throw new IllegalArgumentException("unknown meta-solver '" + name
          + "'; choose nash, alpharank, uniform, prd or rae");
    };
    return solver;
  }

  private static void allow(String name, Map<String, String> parameters, String... known) {
    for (String key : parameters.keySet()) {
      boolean found = false;
      for (String k : known) {
        found |= k.equals(key);
      }
      if (!found) {
        throw new IllegalArgumentException("meta-solver " + name + " has no parameter '" + key + "'"
            + (known.length == 0 ? " (it takes none)" : "; it takes " + String.join(", ", known)));
      }
    }
  }

  private static double number(Map<String, String> parameters, String key, double fallback) {
    String value = parameters.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("meta-solver parameter " + key + " must be a number, got '" + value + "'", e);
    }
  }

  private static int integer(Map<String, String> parameters, String key, int fallback) {
    String value = parameters.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("meta-solver parameter " + key + " must be an integer, got '" + value + "'",
          e);
    }
  }
}
