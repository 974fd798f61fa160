package org.agora.cli.solve;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.LinePlot;
import org.agora.cli.output.TextTable;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;

/**
 * Prints a {@link SolveReport} for people (strategy names with exact fractions or decimals, payoffs
 * and NashConv of each equilibrium), in Gambit's {@code NE,...} line format, or as JSON.
 */
public final class SolveOutput {

  /** Strategies listed one by one up to this count; beyond it only the support is shown. */
  private static final int FULL_LISTING = 8;
  /** Most likely profiles of a distribution shown in text. */
  private static final int DISTRIBUTION_ROWS = 20;
  /** Rows of a trajectory shown in text. */
  private static final int TRAJECTORY_ROWS = 12;

  private final NormalFormGame game;
  private final SolveReport report;

  public SolveOutput(NormalFormGame game, SolveReport report) {
    this.game = game;
    this.report = report;
  }

  public void printText(PrintWriter out, String header) {
    out.println(header);
    if (report.value != null) {
      out.println("value:   " + (report.exactValue != null ? report.exactValue.toString() : decimal(report.value))
          + " (expected payoff of " + game.playerName(0) + ")");
    }
    int count = report.exactProfiles.size() + report.approximateProfiles.size();
    if (report.distribution == null || count > 0) {
      out.println("found:   " + count + " " + (count == 1 ? report.concept : plural(report.concept)));
    }
    int index = 1;
    for (ExactMixedProfile profile : report.exactProfiles) {
      out.println();
      printProfile(out, index++, profile.toDouble(), profile);
    }
    for (MixedProfile profile : report.approximateProfiles) {
      out.println();
      printProfile(out, index++, profile, null);
    }
    if (report.distribution != null) {
      out.println();
      printDistribution(out);
    }
    if (report.trajectory != null) {
      out.println();
      printTrajectory(out);
    }
    if (!report.notes.isEmpty()) {
      out.println();
      report.notes.forEach(out::println);
    }
  }

  private static String plural(String noun) {
    return noun.endsWith("equilibrium") ? noun.substring(0, noun.length() - 2) + "a" : noun + "s";
  }

  private void printProfile(PrintWriter out, int index, MixedProfile profile, ExactMixedProfile exact) {
    double[] payoffs = ProfileMeasures.expectedPayoffs(game, profile);
    StringBuilder payoffText = new StringBuilder();
    for (int p = 0; p < payoffs.length; p++) {
      payoffText.append(p == 0 ? "" : ", ").append(exact != null ? exactPayoff(exact, p) : decimal(payoffs[p]));
    }
    String conv = exact != null
        ? (ProfileMeasures.isNashEquilibrium(game, exact) ? "0 (exact)" : "not 0: " + exactNashConv(exact))
        : String.format(Locale.ROOT, "%.3g", ProfileMeasures.nashConv(game, profile));
    out.println(report.concept + " " + index + ": payoffs " + payoffText + "; NashConv " + conv);
    TextTable table = TextTable.withoutHeaders(2);
    for (int p = 0; p < game.playerCount(); p++) {
      StringBuilder strategies = new StringBuilder();
      boolean full = game.strategyCount(p) <= FULL_LISTING;
      for (int s = 0; s < game.strategyCount(p); s++) {
        double probability = profile.probability(p, s);
        if (!full && probability == 0.0) {
          continue;
        }
        String value = exact != null ? exact.probability(p, s).toString() : decimal(probability);
        strategies.append(strategies.length() == 0 ? "" : ", ").append(game.strategyName(p, s)).append(' ').append(value);
      }
      table.addRow("  " + game.playerName(p), strategies.toString());
    }
    out.print(table.render());
  }

  private String exactPayoff(ExactMixedProfile exact, int player) {
    Rational[] deviations = ProfileMeasures.exactDeviationPayoffs(game, exact, player);
    Rational expected = Rational.ZERO;
    for (int s = 0; s < deviations.length; s++) {
      expected = expected.add(exact.probability(player, s).multiply(deviations[s]));
    }
    return expected.toString();
  }

  private String exactNashConv(ExactMixedProfile exact) {
    Rational sum = Rational.ZERO;
    for (Rational regret : ProfileMeasures.exactRegrets(game, exact)) {
      sum = sum.add(regret);
    }
    return sum.toString();
  }

  private void printDistribution(PrintWriter out) {
    double[] payoffs = new double[game.playerCount()];
    for (int profile = 0; profile < report.distribution.length; profile++) {
      for (int p = 0; p < payoffs.length; p++) {
        payoffs[p] += report.distribution[profile] * game.payoff(p, profile);
      }
    }
    Integer[] order = java.util.stream.IntStream.range(0, report.distribution.length)
        .filter(profile -> report.distribution[profile] > 1e-12).boxed()
        .sorted((a, b) -> Double.compare(report.distribution[b], report.distribution[a])).toArray(Integer[]::new);
    TextTable table = TextTable.withHeaders("PROFILE", "PROBABILITY");
    for (int row = 0; row < Math.min(order.length, DISTRIBUTION_ROWS); row++) {
      table.addRow(profileName(order[row]), decimal(report.distribution[order[row]]));
    }
    if (order.length > DISTRIBUTION_ROWS) {
      table.addRow("... " + (order.length - DISTRIBUTION_ROWS) + " more profiles", "");
    }
    StringBuilder payoffText = new StringBuilder();
    double welfare = 0.0;
    for (int p = 0; p < payoffs.length; p++) {
      payoffText.append(p == 0 ? "" : ", ").append(decimal(payoffs[p]));
      welfare += payoffs[p];
    }
    out.println("distribution over profiles: payoffs " + payoffText + "; social welfare " + decimal(welfare));
    out.print(table.render());
  }

  private String profileName(int profile) {
    StringBuilder name = new StringBuilder();
    for (int p = 0; p < game.playerCount(); p++) {
      name.append(p == 0 ? "" : ", ").append(game.strategyName(p, game.strategyInProfile(profile, p)));
    }
    return name.toString();
  }

  private void printTrajectory(PrintWriter out) {
    SolveReport.Trajectory curve = report.trajectory;
    List<LinePlot.Series> series = curve.series();
    String[] headers = new String[series.size() + 1];
    headers[0] = curve.xLabel().toUpperCase(Locale.ROOT);
    for (int i = 0; i < series.size(); i++) {
      headers[i + 1] = series.get(i).name().toUpperCase(Locale.ROOT);
    }
    TextTable table = TextTable.withHeaders(headers);
    double[] x = series.get(0).x();
    int step = Math.max(1, (x.length + TRAJECTORY_ROWS - 1) / TRAJECTORY_ROWS);
    for (int row = 0; row < x.length; row += step) {
      addTrajectoryRow(table, series, row);
    }
    if ((x.length - 1) % step != 0) {
      addTrajectoryRow(table, series, x.length - 1);
    }
    out.println("trajectory (" + x.length + " points):");
    out.print(table.render());
  }

  private static void addTrajectoryRow(TextTable table, List<LinePlot.Series> series, int row) {
    Object[] cells = new Object[series.size() + 1];
    cells[0] = decimal(series.get(0).x()[row]);
    for (int i = 0; i < series.size(); i++) {
      cells[i + 1] = String.format(Locale.ROOT, "%.4g", series.get(i).y()[row]);
    }
    table.addRow(cells);
  }

  /** Gambit's format: one {@code NE,...} line per Nash equilibrium. */
  public void printGambit(PrintWriter out) {
    for (ExactMixedProfile profile : report.exactProfiles) {
      out.println(profile.toGambitLine());
    }
    for (MixedProfile profile : report.approximateProfiles) {
      StringBuilder line = new StringBuilder("NE");
      for (int p = 0; p < profile.playerCount(); p++) {
        for (int s = 0; s < profile.strategyCount(p); s++) {
          line.append(',').append(decimal(profile.probability(p, s)));
        }
      }
      out.println(line);
    }
  }

  public void printJson(PrintWriter out, String method) {
    JsonWriter json = new JsonWriter().beginObject();
    json.name("game").value(game.name()).name("method").value(method).name("concept").value(report.concept);
    if (report.value != null) {
      json.name("value").value(report.value);
      if (report.exactValue != null) {
        json.name("exactValue").value(report.exactValue.toString());
      }
    }
    json.name("profiles").beginArray();
    for (ExactMixedProfile profile : report.exactProfiles) {
      writeProfileJson(json, profile.toDouble(), profile);
    }
    for (MixedProfile profile : report.approximateProfiles) {
      writeProfileJson(json, profile, null);
    }
    json.endArray();
    if (report.distribution != null) {
      json.name("distribution").beginArray();
      for (int profile = 0; profile < report.distribution.length; profile++) {
        if (report.distribution[profile] > 1e-12) {
          json.beginObject().name("profile").beginArray();
          for (int p = 0; p < game.playerCount(); p++) {
            json.value(game.strategyName(p, game.strategyInProfile(profile, p)));
          }
          json.endArray().name("probability").value(report.distribution[profile]).endObject();
        }
      }
      json.endArray();
    }
    if (report.trajectory != null) {
      json.name("trajectory").beginObject().name(report.trajectory.xLabel()).beginArray();
      for (double x : report.trajectory.series().get(0).x()) {
        json.value(x);
      }
      json.endArray();
      for (LinePlot.Series series : report.trajectory.series()) {
        json.name(series.name()).beginArray();
        for (double y : series.y()) {
          json.value(y);
        }
        json.endArray();
      }
      json.endObject();
    }
    json.name("notes").beginArray();
    report.notes.forEach(json::value);
    json.endArray().endObject();
    out.println(json);
  }

  private void writeProfileJson(JsonWriter json, MixedProfile profile, ExactMixedProfile exact) {
    json.beginObject().name("exact").value(exact != null);
    json.name("strategies").beginArray();
    for (int p = 0; p < game.playerCount(); p++) {
      json.beginArray();
      for (int s = 0; s < game.strategyCount(p); s++) {
        json.value(profile.probability(p, s));
      }
      json.endArray();
    }
    json.endArray();
    if (exact != null) {
      json.name("exactStrategies").beginArray();
      for (int p = 0; p < game.playerCount(); p++) {
        json.beginArray();
        for (int s = 0; s < game.strategyCount(p); s++) {
          json.value(exact.probability(p, s).toString());
        }
        json.endArray();
      }
      json.endArray();
    }
    json.name("payoffs").beginArray();
    for (double payoff : ProfileMeasures.expectedPayoffs(game, profile)) {
      json.value(payoff);
    }
    json.endArray().name("nashConv").value(ProfileMeasures.nashConv(game, profile)).endObject();
  }

  static String decimal(double value) {
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
}
