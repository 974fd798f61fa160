package org.agora.cli.solve;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.agora.cli.output.JsonNodeWriter;
import org.agora.cli.output.LinePlot;
import org.agora.cli.output.TextTable;
import org.agora.core.solve.EquilibriumProfile;
import org.agora.core.solve.JointDistribution;
import org.agora.core.solve.NormalFormSolveResult;
import org.agora.core.solve.Trajectory;
import org.agora.io.GambitEquilibria;
import org.agora.io.SolveResultJson;

/**
 * Prints a {@link NormalFormSolveResult} for people (strategy names with exact fractions or decimals,
 * payoffs and NashConv of each equilibrium), in Gambit's {@code NE,...} line format, or as JSON
 * (agora-io's {@link SolveResultJson}). Every number it prints was computed by the solver's provider.
 */
public final class SolveOutput {

  /** Strategies listed one by one up to this count; beyond it only the support is shown. */
  private static final int FULL_LISTING = 8;
  /** Most likely profiles of a distribution shown in text. */
  private static final int DISTRIBUTION_ROWS = 20;
  /** Rows of a trajectory shown in text. */
  private static final int TRAJECTORY_ROWS = 12;

  private final NormalFormSolveResult result;

  public SolveOutput(NormalFormSolveResult result) {
    this.result = result;
  }

  public void printText(PrintWriter out, String header) {
    out.println(header);
    if (result.value() != null) {
      out.println("value:   " + (result.value().exact() != null ? result.value().exact().toString()
          : decimal(result.value().value())) + " (expected payoff of " + result.playerNames().get(0) + ")");
    }
    int count = result.profiles().size();
    if (result.distribution() == null || count > 0) {
      out.println("found:   " + count + " " + (count == 1 ? result.concept() : plural(result.concept())));
    }
    int index = 1;
    for (EquilibriumProfile profile : result.profiles()) {
      out.println();
      printProfile(out, index++, profile);
    }
    if (result.distribution() != null) {
      out.println();
      printDistribution(out, result.distribution());
    }
    if (result.trajectory() != null) {
      out.println();
      printTrajectory(out, result.trajectory());
    }
    if (!result.notes().isEmpty()) {
      out.println();
      result.notes().forEach(out::println);
    }
  }

  private static String plural(String noun) {
    return noun.endsWith("equilibrium") ? noun.substring(0, noun.length() - 2) + "a" : noun + "s";
  }

  private void printProfile(PrintWriter out, int index, EquilibriumProfile profile) {
    boolean exact = profile.exact();
    StringBuilder payoffText = new StringBuilder();
    for (int p = 0; p < profile.payoffs().length; p++) {
      payoffText.append(p == 0 ? "" : ", ")
          .append(exact ? profile.exactPayoffs()[p].toString() : decimal(profile.payoffs()[p]));
    }
    String conv = exact
        ? (profile.exactNashConv().signum() == 0 ? "0 (exact)" : "not 0: " + profile.exactNashConv())
        : String.format(Locale.ROOT, "%.3g", profile.nashConv());
    out.println(result.concept() + " " + index + ": payoffs " + payoffText + "; NashConv " + conv);
    TextTable table = TextTable.withoutHeaders(2);
    for (int p = 0; p < result.playerNames().size(); p++) {
      List<String> names = result.strategyNames().get(p);
      StringBuilder strategies = new StringBuilder();
      boolean full = names.size() <= FULL_LISTING;
      for (int s = 0; s < names.size(); s++) {
        double probability = profile.strategies()[p][s];
        if (!full && probability == 0.0) {
          continue;
        }
        String value = exact ? profile.exactStrategies()[p][s].toString() : decimal(probability);
        strategies.append(strategies.length() == 0 ? "" : ", ").append(names.get(s)).append(' ').append(value);
      }
      table.addRow("  " + result.playerNames().get(p), strategies.toString());
    }
    out.print(table.render());
  }

  private static void printDistribution(PrintWriter out, JointDistribution distribution) {
    List<JointDistribution.Entry> order = new ArrayList<>(distribution.entries());
    order.sort(Comparator.comparingDouble(JointDistribution.Entry::probability).reversed());
    TextTable table = TextTable.withHeaders("PROFILE", "PROBABILITY");
    for (int row = 0; row < Math.min(order.size(), DISTRIBUTION_ROWS); row++) {
      table.addRow(String.join(", ", order.get(row).strategies()), decimal(order.get(row).probability()));
    }
    if (order.size() > DISTRIBUTION_ROWS) {
      table.addRow("... " + (order.size() - DISTRIBUTION_ROWS) + " more profiles", "");
    }
    StringBuilder payoffText = new StringBuilder();
    for (int p = 0; p < distribution.payoffs().length; p++) {
      payoffText.append(p == 0 ? "" : ", ").append(decimal(distribution.payoffs()[p]));
    }
    out.println("distribution over profiles: payoffs " + payoffText + "; social welfare "
        + decimal(distribution.welfare()));
    out.print(table.render());
  }

  private static void printTrajectory(PrintWriter out, Trajectory curve) {
    List<Trajectory.Series> series = curve.series();
    String[] headers = new String[series.size() + 1];
    headers[0] = curve.xLabel().toUpperCase(Locale.ROOT);
    for (int i = 0; i < series.size(); i++) {
      headers[i + 1] = series.get(i).name().toUpperCase(Locale.ROOT);
    }
    TextTable table = TextTable.withHeaders(headers);
    double[] x = curve.x();
    int step = Math.max(1, (x.length + TRAJECTORY_ROWS - 1) / TRAJECTORY_ROWS);
    for (int row = 0; row < x.length; row += step) {
      addTrajectoryRow(table, curve, row);
    }
    if ((x.length - 1) % step != 0) {
      addTrajectoryRow(table, curve, x.length - 1);
    }
    out.println("trajectory (" + x.length + " points):");
    out.print(table.render());
  }

  private static void addTrajectoryRow(TextTable table, Trajectory curve, int row) {
    List<Trajectory.Series> series = curve.series();
    Object[] cells = new Object[series.size() + 1];
    cells[0] = decimal(curve.x()[row]);
    for (int i = 0; i < series.size(); i++) {
      cells[i + 1] = String.format(Locale.ROOT, "%.4g", series.get(i).y()[row]);
    }
    table.addRow(cells);
  }

  /** Gambit's format: one {@code NE,...} line per Nash equilibrium (agora-io's {@link GambitEquilibria}). */
  public void printGambit(PrintWriter out) {
    GambitEquilibria.lines(result).forEach(out::println);
  }

  public void printJson(PrintWriter out) {
    out.println(JsonNodeWriter.render(SolveResultJson.toTree(result)));
  }

  /** The trajectory as plot series. */
  public static List<LinePlot.Series> plotSeries(Trajectory curve) {
    List<LinePlot.Series> series = new ArrayList<>();
    for (Trajectory.Series one : curve.series()) {
      series.add(new LinePlot.Series(one.name(), curve.x(), one.y()));
    }
    return series;
  }

  static String decimal(double value) {
    return GambitEquilibria.decimal(value);
  }
}
