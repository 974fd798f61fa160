package org.agora.cli.treesolve;

import java.io.PrintWriter;
import java.util.Locale;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.core.Rational;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.bestresponse.PolicyEvaluation;
import org.agora.solvers.cfr.Convergence;
import org.agora.solvers.tree.GameTree;

/**
 * Prints a {@link TreeReport}: the convergence curve (thinned to about 20 rows in text), each
 * player's expected return and best-response gain, and the policy itself when it is small (or
 * always with {@code --show-policy}).
 */
public final class TreeSolveOutput {

  /** Policies with at most this many information states are printed in text mode. */
  public static final int PRINTED_POLICY_LIMIT = 60;

  private final GameTree tree;
  private final TreeReport report;
  private final double[] returns;
  private final double[] gains;
  private final Rational[] exactGains;
  private final Rational exactNashConv;

  public TreeSolveOutput(GameTree tree, TreeReport report) {
    this.tree = tree;
    this.report = report;
    this.returns = PolicyEvaluation.expectedReturns(tree, report.behaviour);
    if (report.exactBehaviour != null) {
      this.exactGains = ExactBestResponse.improvements(tree, report.exactBehaviour);
      this.gains = new double[exactGains.length];
      Rational total = Rational.ZERO;
      for (int p = 0; p < gains.length; p++) {
        gains[p] = exactGains[p].doubleValue();
        total = total.add(exactGains[p]);
      }
      this.exactNashConv = total;
    } else {
      this.exactGains = null;
      this.exactNashConv = null;
      this.gains = Exploitability.improvements(tree, report.behaviour);
    }
  }

  /** Text for people. */
  public void printText(PrintWriter out, String header, boolean showPolicy) {
    out.println(header);
    if (report.curve != null) {
      Convergence.Curve curve = report.curve;
      TextTable table = TextTable.withHeaders("iteration", TreeReport.label(curve.measure()), "seconds")
          .align(TextTable.Alignment.RIGHT, 0, 1, 2);
      int rows = curve.iterations().length;
      int step = Math.max(1, (rows + 19) / 20);
      for (int i = 0; i < rows; i++) {
        if (i % step == 0 || i == rows - 1) {
          table.addRow(Numbers.grouped(curve.iterations()[i]), String.format(Locale.ROOT, "%.6g", curve.values()[i]),
              String.format(Locale.ROOT, "%.3f", curve.elapsedSeconds()[i]));
        }
      }
      out.println();
      out.print(table.render());
    }
    out.println();
    TextTable players = TextTable.withHeaders("player", "expected return", "best-response gain")
        .align(TextTable.Alignment.RIGHT, 1, 2);
    for (int p = 0; p < tree.playerCount(); p++) {
      String value = report.exactPayoffs != null ? report.exactPayoffs[p] + " (" + Numbers.compact(returns[p]) + ")"
          : String.format(Locale.ROOT, "%.6g", returns[p]);
      players.addRow(tree.game().playerName(p), value, exactGains != null ? exactGains[p].toString()
          : String.format(Locale.ROOT, "%.3g", gains[p]));
    }
    out.print(players.render());
    if (exactNashConv != null) {
      out.println("NashConv: " + exactNashConv + " (exact)");
    } else {
      double nashConv = sum(gains);
      out.printf(Locale.ROOT, "NashConv: %.6g%s%n", nashConv, Measures.exploitabilityDefined(tree)
          ? String.format(Locale.ROOT, ", exploitability: %.6g", nashConv / tree.playerCount()) : "");
    }
    for (String note : report.notes) {
      out.println(note);
    }
    if (showPolicy || tree.infosetCount() <= PRINTED_POLICY_LIMIT) {
      out.println();
      out.println(report.concept + ":");
      TextTable policy = TextTable.withHeaders("player", "information state", "action probabilities");
      for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < tree.actionCount(infoset); k++) {
          if (k > 0) {
            cell.append("  ");
          }
          cell.append(tree.actionName(infoset, k)).append('=').append(probability(infoset, k));
        }
        policy.addRow(tree.infosetPlayer(infoset), tree.infosetKey(infoset), cell);
      }
      out.print(policy.render());
    } else {
      out.println(report.concept + ": " + Numbers.grouped(tree.infosetCount())
          + " information states (--show-policy prints them, --save writes them)");
    }
  }

  private String probability(int infoset, int slot) {
    int index = infoset * tree.maxActions() + slot;
    if (report.exactBehaviour != null) {
      return report.exactBehaviour[index].toString();
    }
    return String.format(Locale.ROOT, "%.4f", report.behaviour[index]);
  }

  /** JSON for machines: curve, returns, gains and the full policy. */
  public void printJson(PrintWriter out, String method, double seconds) {
    JsonWriter json = new JsonWriter().beginObject()
        .field("game", tree.game().name())
        .field("method", method)
        .field("concept", report.concept)
        .field("seconds", seconds)
        .field("nashConv", sum(gains));
    if (exactNashConv != null) {
      json.field("exactNashConv", exactNashConv.toString());
    }
    if (Measures.exploitabilityDefined(tree)) {
      json.field("exploitability", sum(gains) / tree.playerCount());
    }
    json.name("players").beginArray();
    for (int p = 0; p < tree.playerCount(); p++) {
      json.beginObject().field("player", p).field("expectedReturn", returns[p]);
      if (report.exactPayoffs != null) {
        json.field("exactExpectedReturn", report.exactPayoffs[p].toString());
      }
      json.field("bestResponseGain", gains[p]).endObject();
    }
    json.endArray();
    if (report.curve != null) {
      Convergence.Curve curve = report.curve;
      json.name("curve").beginObject().field("measure", TreeReport.label(curve.measure())).name("points").beginArray();
      for (int i = 0; i < curve.iterations().length; i++) {
        json.beginObject().field("iteration", curve.iterations()[i]).field("value", curve.values()[i])
            .field("seconds", curve.elapsedSeconds()[i]).endObject();
      }
      json.endArray().endObject();
    }
    json.name("notes").beginArray();
    report.notes.forEach(json::value);
    json.endArray();
    json.name("policy").beginArray();
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      json.beginObject().field("player", tree.infosetPlayer(infoset)).field("key", tree.infosetKey(infoset));
      json.name("actions").beginArray();
      for (int k = 0; k < tree.actionCount(infoset); k++) {
        json.value(tree.action(infoset, k));
      }
      json.endArray().name("probabilities").beginArray();
      for (int k = 0; k < tree.actionCount(infoset); k++) {
        json.value(report.behaviour[infoset * tree.maxActions() + k]);
      }
      json.endArray();
      if (report.exactBehaviour != null) {
        json.name("exactProbabilities").beginArray();
        for (int k = 0; k < tree.actionCount(infoset); k++) {
          json.value(report.exactBehaviour[infoset * tree.maxActions() + k].toString());
        }
        json.endArray();
      }
      json.endObject();
    }
    json.endArray();
    out.println(json.endObject());
  }

  private static double sum(double[] values) {
    double total = 0.0;
    for (double value : values) {
      total += value;
    }
    return total;
  }
}
