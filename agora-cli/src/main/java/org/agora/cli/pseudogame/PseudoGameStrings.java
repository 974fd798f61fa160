package org.agora.cli.pseudogame;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agora.solvers.pseudogame.ExchangeEconomy;
import org.agora.solvers.pseudogame.KyotoEmissionsGame;
import org.agora.solvers.pseudogame.PseudoGame;

/**
 * Parses the pseudo-game strings of {@code agora solve pseudo-game}:
 *
 * <ul>
 *   <li>{@code kyoto(benefit=10/8/6,cost=1,damage=0.5,cap=12)}: one country per benefit; cost and damage
 *       are one value for all or one per country ({@link KyotoEmissionsGame});
 *   <li>{@code exchange(preferences=0.3/0.7:0.6/0.4,endowments=1/0:0/1)}: consumers separated by
 *       {@code :}, goods by {@code /} ({@link ExchangeEconomy}).
 * </ul>
 *
 * Every parameter has a default ({@code kyoto()} and {@code exchange()} are the examples above). Errors
 * are {@link IllegalArgumentException}s naming the parameter, the value and what is allowed.
 */
public final class PseudoGameStrings {

  /** The names accepted, for messages. */
  public static final String NAMES = "kyoto(benefit=B1/B2/..,cost=C,damage=D,cap=K) or"
      + " exchange(preferences=A11/A12:A21/A22,endowments=E11/E12:E21/E22)";

  private PseudoGameStrings() {}

  /** The pseudo-game named by {@code text}. */
  public static PseudoGame parse(String text) {
    String trimmed = text.strip();
    int open = trimmed.indexOf('(');
    String name = (open < 0 ? trimmed : trimmed.substring(0, open)).strip().toLowerCase(Locale.ROOT);
    Map<String, String> parameters = new LinkedHashMap<>();
    if (open >= 0) {
      if (!trimmed.endsWith(")")) {
        throw new IllegalArgumentException("'" + text + "' lacks its closing ')'");
      }
      String inside = trimmed.substring(open + 1, trimmed.length() - 1).strip();
      if (!inside.isEmpty()) {
        for (String pair : inside.split(",", -1)) {
          int equals = pair.indexOf('=');
          if (equals < 0) {
            throw new IllegalArgumentException("parameter '" + pair.strip() + "' of " + name + " is not name=value");
          }
          String key = pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
          if (parameters.put(key, pair.substring(equals + 1).strip()) != null) {
            throw new IllegalArgumentException("parameter '" + key + "' of " + name + " is given twice");
          }
        }
      }
    }
    return switch (name) {
      case "kyoto" -> kyoto(parameters);
      case "exchange" -> exchange(parameters);
      default -> throw new IllegalArgumentException("unknown pseudo-game '" + name + "'; use " + NAMES);
    };
  }

  private static PseudoGame kyoto(Map<String, String> parameters) {
    allow("kyoto", parameters, Set.of("benefit", "cost", "damage", "cap"));
    double[] benefit = list("kyoto", "benefit", parameters.getOrDefault("benefit", "10/8/6"));
    double[] cost = perCountry("cost", parameters.getOrDefault("cost", "1"), benefit.length);
    double[] damage = perCountry("damage", parameters.getOrDefault("damage", "0.5"), benefit.length);
    double[] cap = list("kyoto", "cap", parameters.getOrDefault("cap", "12"));
    if (cap.length != 1) {
      throw new IllegalArgumentException("parameter 'cap' of kyoto takes one number, got '" + parameters.get("cap") + "'");
    }
    return new KyotoEmissionsGame(benefit, cost, damage, cap[0]);
  }

  private static PseudoGame exchange(Map<String, String> parameters) {
    allow("exchange", parameters, Set.of("preferences", "endowments"));
    double[][] preferences = matrix("preferences", parameters.getOrDefault("preferences", "0.3/0.7:0.6/0.4"));
    double[][] endowments = matrix("endowments", parameters.getOrDefault("endowments", "1/0:0/1"));
    return new ExchangeEconomy(preferences, endowments);
  }

  private static void allow(String name, Map<String, String> parameters, Set<String> allowed) {
    for (String key : parameters.keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException("unknown parameter '" + key + "' of " + name + "; allowed: "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private static double[] perCountry(String key, String value, int countries) {
    double[] values = list("kyoto", key, value);
    if (values.length == countries) {
      return values;
    }
    if (values.length != 1) {
      throw new IllegalArgumentException("parameter '" + key + "' of kyoto takes 1 or " + countries
          + " values (one per country), got " + values.length);
    }
    double[] repeated = new double[countries];
    java.util.Arrays.fill(repeated, values[0]);
    return repeated;
  }

  private static double[][] matrix(String key, String value) {
    String[] rows = value.split(":", -1);
    double[][] matrix = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      matrix[i] = list("exchange", key, rows[i]);
    }
    return matrix;
  }

  private static double[] list(String name, String key, String value) {
    String[] parts = value.split("/", -1);
    double[] values = new double[parts.length];
    for (int k = 0; k < parts.length; k++) {
      try {
        values[k] = Double.parseDouble(parts[k].strip());
      } catch (NumberFormatException notNumber) {
        throw new IllegalArgumentException("parameter '" + key + "' of " + name + " takes numbers separated by '/'"
            + (name.equals("exchange") ? " (consumers by ':')" : "") + ", got '" + value + "'");
      }
      if (!Double.isFinite(values[k])) {
        throw new IllegalArgumentException("parameter '" + key + "' of " + name + " takes finite numbers, got '"
            + value + "'");
      }
    }
    return values;
  }
}
