package org.agora.cli.bandit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.agora.cli.output.CsvWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.core.ParameterSpec;
import org.agora.learning.bandits.BanditPolicyProvider;
import org.agora.learning.bandits.BanditProblemProvider;
import org.agora.learning.bandits.BanditRegistry;
import org.agora.learning.bandits.experiment.BanditExperimentResult;
import org.agora.learning.bandits.experiment.BanditExperimentSpec;
import org.agora.learning.bandits.experiment.RegretSummary;

/**
 * Renders a bandit experiment's specification and result: the JSON stored with the run and printed by
 * {@code --json} (the specification, then per (policy, problem) the final regret's statistics and the
 * curves on the log grid), the text table of final regrets, the CSV of the curves, and the listing of
 * the registered policies and problems.
 */
public final class BanditReport {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BanditReport() {}

  /** A run title such as {@code 3 policies x 1 problem, horizon 100,000, 20 seeds}. */
  public static String title(BanditExperimentSpec spec) {
    return plural(spec.policies().size(), "policy", "policies") + " x " + plural(spec.problems().size(), "problem",
        "problems") + ", horizon " + Numbers.grouped(spec.horizon()) + ", " + plural(spec.seeds(), "seed", "seeds");
  }

  /** {@code count} and the word for it, e.g. {@code 1 seed}, {@code 3 seeds}. */
  public static String plural(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /** The specification as JSON. */
  public static ObjectNode specJson(BanditExperimentSpec spec) {
    ObjectNode node = NODES.objectNode().put("kind", spec.kind());
    ArrayNode policies = node.putArray("policies");
    spec.policies().forEach(policies::add);
    ArrayNode problems = node.putArray("problems");
    spec.problems().forEach(problems::add);
    return node.put("horizon", spec.horizon()).put("seeds", spec.seeds()).put("seed", spec.seed())
        .put("threads", spec.threads());
  }

  /**
   * The result as JSON, with its specification: {@code cells}, one per (policy, problem) in the result's
   * order, each with {@code final} (mean, standardDeviation, standardError, ci95 [low, high], min, max),
   * {@code seconds} (summed run time) and {@code curve} (rounds, mean, standardError, lower95, upper95,
   * quantile10, quantile90).
   */
  public static ObjectNode resultJson(BanditExperimentResult result) {
    ObjectNode node = NODES.objectNode().put("kind", result.spec().kind());
    node.set("spec", specJson(result.spec()));
    node.set("cells", cellsJson(result.summaries()));
    return node.put("seconds", result.nanos() / 1e9);
  }

  /**
   * The cells of {@link #resultJson}, one per summary: {@code policy}, {@code problem}, {@code seeds}, {@code final}
   * (mean, standardDeviation, standardError, ci95 [low, high], min, max), {@code seconds} and {@code curve} (rounds,
   * mean, standardError, lower95, upper95, quantile10, quantile90). Shared by the {@code agora bandit} subcommands.
   */
  public static ArrayNode cellsJson(List<RegretSummary> summaries) {
    ArrayNode cells = NODES.arrayNode();
    for (RegretSummary summary : summaries) {
      ObjectNode cell = cells.addObject().put("policy", summary.policy()).put("problem", summary.problem())
          .put("seeds", summary.seeds());
      ObjectNode last = cell.putObject("final");
      number(last, "mean", summary.finalMean());
      number(last, "standardDeviation", summary.finalStandardDeviation());
      number(last, "standardError", summary.finalStandardError());
      ArrayNode interval = last.putArray("ci95");
      interval.add(summary.finalMean() - summary.finalHalfWidth()).add(summary.finalMean() + summary.finalHalfWidth());
      number(last, "min", summary.finalMin());
      number(last, "max", summary.finalMax());
      cell.put("seconds", summary.nanos() / 1e9);
      ObjectNode curve = cell.putObject("curve");
      ArrayNode rounds = curve.putArray("rounds");
      for (long round : summary.rounds()) {
        rounds.add(round);
      }
      array(curve, "mean", summary.mean());
      array(curve, "standardError", summary.standardError());
      array(curve, "lower95", summary.lower95());
      array(curve, "upper95", summary.upper95());
      array(curve, "quantile10", summary.quantile10());
      array(curve, "quantile90", summary.quantile90());
    }
    return cells;
  }

  private static void array(ObjectNode node, String key, double[] values) {
    ArrayNode array = node.putArray(key);
    for (double value : values) {
      if (Double.isFinite(value)) {
        array.add(value);
      } else {
        array.addNull();
      }
    }
  }

  /** Puts {@code value}, or null when it is not finite. */
  public static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  /** The table of final regrets (mean +- 95% half-width, standard deviation, min, max, summed run time). */
  public static String table(BanditExperimentResult result) {
    return table(result.summaries(), "PROBLEM", "FINAL REGRET");
  }

  /**
   * The table of final regrets of {@code summaries}, the problem column headed {@code problemHeader} and the regret
   * column {@code regretHeader}.
   */
  public static String table(List<RegretSummary> summaries, String problemHeader, String regretHeader) {
    TextTable table = TextTable.withHeaders("POLICY", problemHeader, regretHeader, "+- 95%", "SD", "MIN", "MAX", "TIME")
        .align(TextTable.Alignment.RIGHT, 2, 3, 4, 5, 6, 7);
    for (RegretSummary summary : summaries) {
      table.addRow(summary.policy(), summary.problem(), Numbers.fixed(summary.finalMean(), 2),
          Numbers.fixed(summary.finalHalfWidth(), 2), Numbers.fixed(summary.finalStandardDeviation(), 2),
          Numbers.fixed(summary.finalMin(), 2), Numbers.fixed(summary.finalMax(), 2), Numbers.seconds(summary.nanos()));
    }
    return table.render();
  }

  /** The text report: a heading, the table and a footer naming where the run is stored ({@code where}, or null). */
  public static String text(BanditExperimentResult result, int threads, String where) {
    BanditExperimentSpec spec = result.spec();
    StringBuilder text = new StringBuilder();
    text.append("bandit: ").append(title(spec)).append(" (seed ").append(spec.seed()).append("), ")
        .append(plural(threads, "thread", "threads")).append('\n');
    text.append(table(result));
    text.append("regret: pseudo-regret (adversarial problems: against the best fixed arm); +- 95%: 1.96 standard errors"
        + " over the seeds; TIME: summed run time\n");
    text.append("total ").append(Numbers.seconds(result.nanos()));
    if (where != null) {
      text.append(", ").append(where);
    }
    return text.append('\n').toString();
  }

  /** One CSV line per (policy, problem, grid round): the curves and their bands. */
  public static String csv(BanditExperimentResult result) {
    return csv(result.summaries(), "problem");
  }

  /** One CSV line per (policy, problem, grid round) of {@code summaries}, the problem column named {@code problemColumn}. */
  public static String csv(List<RegretSummary> summaries, String problemColumn) {
    return csv(summaries, problemColumn, null, null);
  }

  /**
   * As {@link #csv(List, String)}, with one more column {@code extraName} holding {@code extra[cell][point]}
   * (none when {@code extraName} is null).
   */
  public static String csv(List<RegretSummary> summaries, String problemColumn, String extraName, double[][] extra) {
    List<String> headers = new java.util.ArrayList<>(List.of("policy", problemColumn, "round", "mean",
        "standard_error", "lower95", "upper95", "quantile10", "quantile90"));
    if (extraName != null) {
      headers.add(extraName);
    }
    CsvWriter csv = new CsvWriter(headers.toArray(String[]::new));
    for (int cell = 0; cell < summaries.size(); cell++) {
      RegretSummary summary = summaries.get(cell);
      for (int point = 0; point < summary.rounds().length; point++) {
        Object[] fields = {summary.policy(), summary.problem(), summary.rounds()[point], summary.mean()[point],
            summary.standardError()[point], summary.lower95()[point], summary.upper95()[point],
            summary.quantile10()[point], summary.quantile90()[point], extraName == null ? null : extra[cell][point]};
        csv.row(extraName == null ? java.util.Arrays.copyOf(fields, fields.length - 1) : fields);
      }
    }
    return csv.toString();
  }

  /**
   * {@link #cellsJson(List)} with one more quantity per cell: its value at the horizon under {@code name} and
   * its curve ({@code extra[cell][point]}) under {@code curve.name}.
   */
  public static ArrayNode cellsJson(List<RegretSummary> summaries, String name, double[][] extra) {
    ArrayNode cells = cellsJson(summaries);
    for (int cell = 0; cell < summaries.size(); cell++) {
      ObjectNode node = (ObjectNode) cells.get(cell);
      node.put(name, extra[cell][extra[cell].length - 1]);
      ArrayNode curve = ((ObjectNode) node.get("curve")).putArray(name);
      for (double value : extra[cell]) {
        curve.add(value);
      }
    }
    return cells;
  }

  /** The registered policies and problems with their descriptions and parameters. */
  public static String listing() {
    TextTable policies = TextTable.withHeaders("POLICY", "OPTIONS", "DESCRIPTION");
    for (BanditPolicyProvider provider : BanditRegistry.policies()) {
      policies.addRow(provider.name(), parameters(provider.parameters()), provider.description());
    }
    TextTable problems = TextTable.withHeaders("PROBLEM", "PARAMETERS", "DESCRIPTION");
    for (BanditProblemProvider provider : BanditRegistry.problems()) {
      problems.addRow(provider.name(), parameters(provider.parameters()), provider.description());
    }
    return policies.render() + "\n" + problems.render() + "\n"
        + "e.g. agora bandit --policies ucb1,kl-ucb,thompson --problem 'bernoulli(0.1,0.5,0.9)' --horizon 100000\n";
  }

  private static String parameters(List<ParameterSpec> parameters) {
    if (parameters.isEmpty()) {
      return "-";
    }
    StringBuilder text = new StringBuilder();
    for (ParameterSpec parameter : parameters) {
      if (!text.isEmpty()) {
        text.append(", ");
      }
      text.append(parameter.name());
    }
    return text.toString();
  }
}
