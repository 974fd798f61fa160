package org.agora.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agora.cli.evaluate.EvaluationInput;
import org.agora.cli.evaluate.EvaluationSource;
import org.agora.cli.evaluate.MatchEvaluation;
import org.agora.cli.evaluate.RatingMethod;
import org.agora.cli.evaluate.RatingsOutput;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.rating.MatchStreamRatings;
import org.agora.evaluation.report.CrossTableRatings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora rate --table FILE | --tournament ID [--method ...]}: ratings of a population.
 * From a cross-table: Nash averaging and alpha-rank. From a tournament's match records also Elo,
 * Glicko-2 and Weng–Lin over the match stream ({@link MatchStreamRatings}).
 */
@Command(
    name = "rate",
    mixinStandardHelpOptions = true,
    description = "Rate agents: Nash averaging and alpha-rank of a cross-table; Elo, Glicko-2 and Weng-Lin of a tournament's matches.")
public final class RateCommand extends AgoraSubcommand {

  @Mixin
  EvaluationSource source;

  @Option(names = {"-m", "--method"}, paramLabel = "METHODS",
      description = "Comma-separated: nash, alpharank, elo, glicko2, weng-lin (default: nash,alpharank for a table,"
          + " all for a tournament). elo, glicko2 and weng-lin need match records.")
  String method;

  @Option(names = "--alpha", paramLabel = "A", defaultValue = "1.0",
      description = "Alpha-rank's ranking intensity (default: ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--population-size", paramLabel = "M", defaultValue = "50",
      description = "Alpha-rank's population size (default: ${DEFAULT-VALUE}).")
  int populationSize;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  @Option(names = "--csv", description = "Print CSV (one line per method and agent) instead of tables.")
  boolean csv;

  @Override
  protected int execute() throws Exception {
    if (json && csv) {
      throw new ParameterException(spec.commandLine(), "give --json or --csv, not both");
    }
    if (!(alpha >= 0) || !Double.isFinite(alpha)) {
      throw new ParameterException(spec.commandLine(), "--alpha must be a finite number >= 0, got " + alpha);
    }
    if (populationSize < 2) {
      throw new ParameterException(spec.commandLine(), "--population-size must be >= 2, got " + populationSize);
    }
    Set<RatingMethod> requested = null;
    if (method != null) {
      try {
        requested = RatingMethod.parse(method);
      } catch (IllegalArgumentException unknown) {
        throw new ParameterException(spec.commandLine(), unknown.getMessage());
      }
    }
    EvaluationInput input = source.load(spec);
    CrossTable table;
    MatchStreamRatings streamRatings = null;
    if (input instanceof EvaluationInput.Matches records) {
      MatchEvaluation evaluation = MatchEvaluation.of(records, 0, 0);
      table = evaluation.table();
      streamRatings = evaluation.streamRatings();
    } else {
      table = ((EvaluationInput.Table) input).table();
    }
    List<RatingMethod> methods = new ArrayList<>();
    for (RatingMethod candidate : RatingMethod.values()) {
      boolean available = candidate.needsMatches() ? streamRatings != null : table != null;
      if (requested == null ? available : requested.contains(candidate)) {
        if (!available) {
          throw new ParameterException(spec.commandLine(), candidate.needsMatches()
              ? "--method " + candidate.label() + " rates a match stream; " + input.source()
                  + " is a table of mean returns (give --tournament ID)"
              : "--method " + candidate.label() + " needs a two-player cross-table; " + input.source() + " has none");
        }
        methods.add(candidate);
      }
    }
    boolean needsTable = methods.contains(RatingMethod.NASH) || methods.contains(RatingMethod.ALPHARANK);
    CrossTableRatings tableRatings = needsTable ? CrossTableRatings.of(table, alpha, populationSize) : null;
    RatingsOutput output = new RatingsOutput(input.source(), methods, tableRatings, streamRatings);
    out().print(json ? output.json() + "\n" : csv ? output.csv() : output.text());
    return 0;
  }
}
