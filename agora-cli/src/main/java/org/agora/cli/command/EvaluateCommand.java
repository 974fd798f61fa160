package org.agora.cli.command;

import java.nio.file.Path;
import java.util.List;
import org.agora.cli.evaluate.EvaluationInput;
import org.agora.cli.evaluate.EvaluationSource;
import org.agora.cli.evaluate.MatchEvaluation;
import org.agora.cli.evaluate.MetricsOutput;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.population.MetricIntervals;
import org.agora.evaluation.rating.MatchStreamRatings;
import org.agora.evaluation.report.CrossTableRatings;
import org.agora.evaluation.report.EvaluationReport;
import org.agora.evaluation.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora evaluate --table FILE | --tournament ID}: the population metrics of Lanctot et al.
 * (TMLR 2023) per agent, ranked by aggregate score, with percentile bootstrap intervals where
 * match records exist; {@code --report DIR} also writes the self-contained HTML report with its
 * PNGs ({@link HtmlReport}).
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Rank agents by population return, within-population exploitability and aggregate score, from a cross-table or a tournament.")
public final class EvaluateCommand extends AgoraSubcommand {

  @Mixin
  EvaluationSource source;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--csv", description = "Print CSV (one line per agent) instead of a table.")
  boolean csv;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Also write report.html (self-contained, opens offline) and its PNG charts into DIR.")
  Path report;

  @Option(names = "--resamples", paramLabel = "B", defaultValue = "1000",
      description = "Bootstrap resamples for the intervals when there are matches; 0 for none (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "0",
      description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--alpha", paramLabel = "A", defaultValue = "1.0",
      description = "Alpha-rank's ranking intensity in the report (default: ${DEFAULT-VALUE}).")
  double alpha;

  @Override
  protected int execute() throws Exception {
    if (json && csv) {
      throw new ParameterException(spec.commandLine(), "give --json or --csv, not both");
    }
    if (resamples < 0) {
      throw new ParameterException(spec.commandLine(), "--resamples must be >= 0, got " + resamples);
    }
    if (!(alpha >= 0) || !Double.isFinite(alpha)) {
      throw new ParameterException(spec.commandLine(), "--alpha must be a finite number >= 0, got " + alpha);
    }
    EvaluationInput input = source.load(spec);
    CrossTable table;
    List<MetricIntervals> intervals = List.of();
    MatchStreamRatings streamRatings = null;
    long matches = -1;
    if (input instanceof EvaluationInput.Matches records) {
      MatchEvaluation evaluation = MatchEvaluation.of(records, resamples, seed);
      if (evaluation.table() == null) {
        throw new ParameterException(spec.commandLine(), "the population metrics need a two-player game; "
            + input.source() + " has " + records.players() + " players (see agora rate)");
      }
      table = evaluation.table();
      intervals = evaluation.intervals();
      streamRatings = evaluation.streamRatings();
      matches = evaluation.matches();
    } else {
      table = ((EvaluationInput.Table) input).table();
    }
    MetricsOutput output = new MetricsOutput(input.source(), table, intervals, matches);
    out().print(json ? output.json() + "\n" : csv ? output.csv() : output.text());
    if (report != null) {
      EvaluationReport contents = new EvaluationReport("Population evaluation: " + input.source(), input.source(), table,
          intervals, CrossTableRatings.of(table, alpha, CrossTableRatings.DEFAULT_POPULATION_SIZE), streamRatings);
      List<Path> files = HtmlReport.write(contents, report);
      // machine output stays clean: the report's location goes to the error stream with --json/--csv
      (json || csv ? err() : out()).println((json || csv ? "" : "\n") + "report: " + files.get(0)
          + " (and " + (files.size() - 1) + " PNG files)");
    }
    return 0;
  }
}
