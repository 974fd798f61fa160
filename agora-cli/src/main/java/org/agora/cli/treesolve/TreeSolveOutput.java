package org.agora.cli.treesolve;

import java.io.PrintWriter;
import java.util.Locale;
import org.agora.cli.output.JsonNodeWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.core.solve.ConvergenceCurve;
import org.agora.core.solve.InformationStatePolicy;
import org.agora.core.solve.PlayerEvaluation;
import org.agora.core.solve.TreeSolveResult;
import org.agora.io.SolveResultJson;

/**
 * Prints a {@link TreeSolveResult}: the convergence curve (thinned to about 20 rows in text), each
 * player's expected return and best-response gain, and the policy itself when it is small (or
 * always with {@code --show-policy}); as JSON through agora-io's {@link SolveResultJson}. Every
 * number it prints was computed by the solver's provider.
 */
public final class TreeSolveOutput {

  /** Policies with at most this many information states are printed in text mode. */
  public static final int PRINTED_POLICY_LIMIT = 60;

  private final TreeSolveResult result;

  public TreeSolveOutput(TreeSolveResult result) {
    this.result = result;
  }

  /** Text for people. */
  public void printText(PrintWriter out, String header, boolean showPolicy) {
    out.println(header);
    ConvergenceCurve curve = result.curve();
    if (curve != null) {
      TextTable table = TextTable.withHeaders("iteration", curve.measure(), "seconds")
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
    for (PlayerEvaluation player : result.players()) {
      String value = player.exactExpectedReturn() != null
          ? player.exactExpectedReturn() + " (" + Numbers.compact(player.expectedReturn()) + ")"
          : String.format(Locale.ROOT, "%.6g", player.expectedReturn());
      players.addRow(player.name(), value, player.exactBestResponseGain() != null
          ? player.exactBestResponseGain().toString() : String.format(Locale.ROOT, "%.3g", player.bestResponseGain()));
    }
    out.print(players.render());
    if (result.exactNashConv() != null) {
      out.println("NashConv: " + result.exactNashConv() + " (exact)");
    } else {
      out.printf(Locale.ROOT, "NashConv: %.6g%s%n", result.nashConv(), result.exploitability() != null
          ? String.format(Locale.ROOT, ", exploitability: %.6g", result.exploitability()) : "");
    }
    for (String note : result.notes()) {
      out.println(note);
    }
    if (showPolicy || result.policy().size() <= PRINTED_POLICY_LIMIT) {
      out.println();
      out.println(result.concept() + ":");
      TextTable policy = TextTable.withHeaders("player", "information state", "action probabilities");
      for (InformationStatePolicy row : result.policy()) {
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < row.actions().length; k++) {
          if (k > 0) {
            cell.append("  ");
          }
          cell.append(row.actionNames().get(k)).append('=').append(row.exactProbabilities() != null
              ? row.exactProbabilities()[k].toString() : String.format(Locale.ROOT, "%.4f", row.probabilities()[k]));
        }
        policy.addRow(row.player(), row.key(), cell);
      }
      out.print(policy.render());
    } else {
      out.println(result.concept() + ": " + Numbers.grouped(result.policy().size())
          + " information states (--show-policy prints them, --save writes them)");
    }
  }

  /** JSON for machines: curve, returns, gains and the full policy. */
  public void printJson(PrintWriter out) {
    out.println(JsonNodeWriter.render(SolveResultJson.toTree(result)));
  }
}
