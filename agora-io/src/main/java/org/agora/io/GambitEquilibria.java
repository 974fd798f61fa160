package org.agora.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.core.solve.EquilibriumProfile;
import org.agora.core.solve.InformationStatePolicy;
import org.agora.core.solve.NormalFormSolveResult;
import org.agora.core.solve.SolveResult;
import org.agora.core.solve.TreeSolveResult;

/**
 * Equilibria as the {@code NE,p1,p2,...} lines Gambit's command-line tools print: exact fractions
 * ({@code 1/3}) where the solver was exact, decimals with at most six places otherwise.
 *
 * <p>A normal-form result gives one line per profile, each player's mixed strategy in turn. A tree
 * result gives one line, the behaviour profile in Gambit's order: players in turn, each player's
 * information sets in the order a depth-first walk first meets them (the order of the tree's policy
 * rows, and the numbering {@code agora convert} gives them in a {@code .efg} file), each set's actions
 * in increasing action id.
 *
 * <p>The same lines come from a result object ({@link #lines(SolveResult)}, the CLI) and from the
 * stored JSON of {@link SolveResultJson} ({@link #lines(JsonNode)}, the workbench): that JSON keeps the
 * exact values as strings and the doubles with full precision, so both give the same bytes.
 */
public final class GambitEquilibria {

  private GambitEquilibria() {}

  /** The lines of a result (no line separators). */
  public static List<String> lines(SolveResult result) {
    List<String> lines = new ArrayList<>();
    if (result instanceof NormalFormSolveResult normalForm) {
      for (EquilibriumProfile profile : normalForm.profiles()) {
        List<String> values = new ArrayList<>();
        for (int p = 0; p < profile.strategies().length; p++) {
          for (int s = 0; s < profile.strategies()[p].length; s++) {
            values.add(profile.exact() ? profile.exactStrategies()[p][s].toString() : decimal(profile.strategies()[p][s]));
          }
        }
        lines.add(line(values));
      }
      return lines;
    }
    List<InformationStatePolicy> policy = ((TreeSolveResult) result).policy();
    List<String> values = new ArrayList<>();
    for (int player : players(policy.stream().mapToInt(InformationStatePolicy::player).toArray())) {
      for (InformationStatePolicy row : policy) {
        if (row.player() != player) {
          continue;
        }
        for (int k = 0; k < row.probabilities().length; k++) {
          values.add(row.exactProbabilities() != null ? row.exactProbabilities()[k].toString() : decimal(row.probabilities()[k]));
        }
      }
    }
    if (!values.isEmpty()) {
      lines.add(line(values));
    }
    return lines;
  }

  /**
   * The lines of a solve result stored as {@link SolveResultJson} writes it (a normal-form result has
   * {@code profiles}, a tree result {@code policy}).
   *
   * @throws IllegalArgumentException when the JSON is neither
   */
  public static List<String> lines(JsonNode result) {
    List<String> lines = new ArrayList<>();
    if (result.path("profiles").isArray()) {
      for (JsonNode profile : result.get("profiles")) {
        boolean exact = profile.path("exact").asBoolean(false) && profile.path("exactStrategies").isArray();
        JsonNode strategies = exact ? profile.get("exactStrategies") : profile.path("strategies");
        List<String> values = new ArrayList<>();
        for (JsonNode strategy : strategies) {
          for (JsonNode value : strategy) {
            values.add(exact ? value.asText() : decimal(number(value)));
          }
        }
        lines.add(line(values));
      }
      return lines;
    }
    if (!result.path("policy").isArray()) {
      throw new IllegalArgumentException("a solve result has \"profiles\" or \"policy\"; this one has neither");
    }
    JsonNode policy = result.get("policy");
    int[] rowPlayers = new int[policy.size()];
    for (int i = 0; i < rowPlayers.length; i++) {
      rowPlayers[i] = policy.get(i).path("player").asInt();
    }
    List<String> values = new ArrayList<>();
    for (int player : players(rowPlayers)) {
      for (int i = 0; i < rowPlayers.length; i++) {
        if (rowPlayers[i] != player) {
          continue;
        }
        JsonNode row = policy.get(i);
        boolean exact = row.path("exactProbabilities").isArray();
        for (JsonNode value : exact ? row.get("exactProbabilities") : row.path("probabilities")) {
          values.add(exact ? value.asText() : decimal(number(value)));
        }
      }
    }
    if (!values.isEmpty()) {
      lines.add(line(values));
    }
    return lines;
  }

  /** The lines joined, each ending with {@code \n}. */
  public static String text(List<String> lines) {
    StringBuilder out = new StringBuilder();
    lines.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  /**
   * A probability as Gambit's tools print a floating-point one: {@code 0} below {@code 5e-7} in size,
   * whole numbers without a fraction, otherwise at most six decimal places without trailing zeros.
   */
  public static String decimal(double value) {
    if (Math.abs(value) < 5e-7) {
      return "0";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String text = String.format(Locale.ROOT, "%.6f", value);
    text = text.replaceAll("0+$", "");
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private static String line(List<String> values) {
    StringBuilder line = new StringBuilder("NE");
    values.forEach(value -> line.append(',').append(value));
    return line.toString();
  }

  private static double number(JsonNode value) {
    return value == null || value.isNull() ? Double.NaN : value.asDouble();
  }

  /** The distinct players of the rows, in increasing order. */
  private static int[] players(int[] rowPlayers) {
    return java.util.Arrays.stream(rowPlayers).distinct().sorted().toArray();
  }
}
