package org.agora.cli.cooperative;

import org.agora.cli.output.CsvWriter;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.cli.output.TextTable.Alignment;

/**
 * {@code agora shapley} output: a table (player, value, standard error, exact value and error where
 * known), the efficiency check and the evaluations used, then the pairwise interaction indices when
 * they were computed; or the same as JSON or CSV.
 */
public final class ShapleyReport {

  /** Largest |sum - (v(N) - v(empty))| reported as efficient, relative to max(1, |v(N) - v(empty)|). */
  static final double EFFICIENCY_TOLERANCE = 1e-9;

  private ShapleyReport() {}

  /** The human-readable report. */
  public static String text(ShapleyResult result) {
    StringBuilder out = new StringBuilder();
    String valueName = result.isShapley() ? "Shapley value" : "Banzhaf value";
    out.append(valueName).append("s of ").append(result.game()).append(" (").append(result.players())
        .append(" players), estimator ").append(result.estimator());
    if (!result.estimator().equals("exact") && !result.estimator().equals("banzhaf")) {
      out.append(", budget ").append(Numbers.grouped(result.budget())).append(", seed ").append(result.seed());
    }
    out.append('\n');
    boolean exactColumns = result.exact() != null && !result.estimator().equals("exact");
    TextTable table = exactColumns ? TextTable.withHeaders("player", "value", "std error", "exact", "error")
        : TextTable.withHeaders("player", "value", "std error");
    table.align(Alignment.RIGHT, exactColumns ? new int[] {0, 1, 2, 3, 4} : new int[] {0, 1, 2});
    double[] values = result.estimate().values();
    double[] errors = result.estimate().standardErrors();
    for (int i = 0; i < values.length; i++) {
      if (exactColumns) {
        table.addRow(i, Numbers.compact(values[i]), Numbers.compact(errors[i]), Numbers.compact(result.exact()[i]),
            Numbers.compact(result.error(i)));
      } else {
        table.addRow(i, Numbers.compact(values[i]), Numbers.compact(errors[i]));
      }
    }
    out.append(table.render());
    double total = result.estimate().total();
    out.append("sum of values: ").append(Numbers.compact(total)).append("; v(N) - v(empty) = ")
        .append(Numbers.compact(result.grandValue()));
    if (!result.isShapley()) {
      out.append(" (the Banzhaf value need not be efficient)");
    } else if (efficient(total, result.grandValue())) {
      out.append(" (efficient)");
    } else {
      out.append(" (off by ").append(Numbers.compact(total - result.grandValue())).append(')');
    }
    out.append('\n');
    if (exactColumns) {
      out.append("mean squared error against the exact values: ").append(Numbers.compact(meanSquaredError(result)))
          .append('\n');
    } else if (result.exact() == null && result.isShapley()) {
      out.append("exact values: not computed (more than 25 players)\n");
    }
    out.append("coalition evaluations: ").append(Numbers.grouped(result.estimate().evaluationsUsed())).append('\n');
    if (result.interactions() != null) {
      out.append('\n').append("Pairwise Shapley interaction indices (")
          .append(result.interactionsExact() ? "exact" : "sampled").append("):\n");
      TextTable pairs = result.interactionsExact() ? TextTable.withHeaders("i", "j", "interaction")
          : TextTable.withHeaders("i", "j", "interaction", "std error");
      pairs.align(Alignment.RIGHT, result.interactionsExact() ? new int[] {0, 1, 2} : new int[] {0, 1, 2, 3});
      int n = result.players();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double index = result.interactions()[i * n + j];
          if (result.interactionsExact()) {
            pairs.addRow(i, j, Numbers.compact(index));
          } else {
            pairs.addRow(i, j, Numbers.compact(index), Numbers.compact(result.interactionErrors()[i * n + j]));
          }
        }
      }
      out.append(pairs.render());
    }
    return out.toString();
  }

  /** The report as JSON. */
  public static String json(ShapleyResult result) {
    JsonWriter json = new JsonWriter().beginObject()
        .field("game", result.game())
        .field("players", result.players())
        .field("estimator", result.estimator())
        .field("budget", result.budget())
        .field("seed", result.seed())
        .field("evaluations", result.estimate().evaluationsUsed());
    json.name("values").beginArray();
    double[] values = result.estimate().values();
    double[] errors = result.estimate().standardErrors();
    for (int i = 0; i < values.length; i++) {
      json.beginObject().field("player", i).field("value", values[i]).field("standardError", errors[i]);
      if (result.exact() != null) {
        json.field("exact", result.exact()[i]).field("error", result.error(i));
      }
      json.endObject();
    }
    json.endArray();
    json.field("sum", result.estimate().total()).field("grandValue", result.grandValue());
    if (result.isShapley()) {
      json.field("efficient", efficient(result.estimate().total(), result.grandValue()));
    }
    if (result.exact() != null) {
      json.field("meanSquaredError", meanSquaredError(result));
    }
    if (result.interactions() != null) {
      json.field("interactionsExact", result.interactionsExact());
      json.name("interactions").beginArray();
      int n = result.players();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          json.beginObject().field("i", i).field("j", j).field("value", result.interactions()[i * n + j])
              .field("standardError", result.interactionErrors()[i * n + j]).endObject();
        }
      }
      json.endArray();
    }
    return json.endObject().toString() + "\n";
  }

  /** One CSV line per player (and per pair when interactions were computed, with {@code player} = {@code i:j}). */
  public static String csv(ShapleyResult result) {
    CsvWriter csv = new CsvWriter("player", "value", "standard_error", "exact", "error");
    double[] values = result.estimate().values();
    double[] errors = result.estimate().standardErrors();
    for (int i = 0; i < values.length; i++) {
      csv.row(i, values[i], errors[i], result.exact() == null ? "" : result.exact()[i],
          result.exact() == null ? "" : result.error(i));
    }
    if (result.interactions() != null) {
      int n = result.players();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          csv.row(i + ":" + j, result.interactions()[i * n + j], result.interactionErrors()[i * n + j], "", "");
        }
      }
    }
    return csv.toString();
  }

  static boolean efficient(double total, double grandValue) {
    return Math.abs(total - grandValue) <= EFFICIENCY_TOLERANCE * Math.max(1, Math.abs(grandValue));
  }

  private static double meanSquaredError(ShapleyResult result) {
    double sum = 0;
    for (int i = 0; i < result.players(); i++) {
      double error = result.error(i);
      sum += error * error;
    }
    return sum / result.players();
  }
}
