package org.agora.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.cli.CommandFailure;
import org.agora.cli.MatchRun;
import org.agora.cli.output.CsvWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.ProgressBar;
import org.agora.cli.output.TextTable;
import org.agora.cli.store.StoreOptions;
import org.agora.cli.store.StoredProgress;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobSpec;
import org.agora.core.job.ProgressListener;
import org.agora.evaluation.sweep.EvaluationSweep;
import org.agora.evaluation.sweep.EvaluationSweepResult;
import org.agora.evaluation.sweep.EvaluationSweepSpec;
import org.agora.evaluation.sweep.SolverSweepResult;
import org.agora.evaluation.sweep.SolverSweepSpec;
import org.agora.evaluation.sweep.SweepEngine;
import org.agora.evaluation.sweep.SweepSpecJson;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.store.AgoraDatabase;
import org.agora.store.RunStore;
import org.agora.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code agora sweep SPEC.json}: runs an evaluation sweep (agents x opponents x seeds) or a solver sweep
 * (games x solvers x parameter grid x seeds) described by a JSON file ({@link SweepSpecJson}) on an
 * engine ({@link SweepEngine}: the local one by default), with a progress bar, and prints the summary
 * as a table, {@code --json} or {@code --csv}. Every run is recorded in the database's job runs
 * ({@link RunStore}: kind, the specification's JSON, progress, the result's JSON), in the data
 * directory or the {@code --db} database, like the workbench's runs.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = "Run an evaluation sweep (agents x opponents x seeds) or a solver sweep (games x solvers x"
        + " parameters x seeds) described by a JSON file.")
public final class SweepCommand extends AgoraSubcommand {

  private static final int MAX_THREADS = 1024;

  @Parameters(paramLabel = "SPEC",
      description = "The sweep's JSON file: {\"kind\": \"evaluation-sweep\" | \"solver-sweep\", ...}; see examples/sweeps.")
  Path specFile;

  @Option(names = {"-t", "--threads"}, paramLabel = "T", defaultValue = "1",
      description = "Worker threads of the local engine (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = SweepEngine.LOCAL,
      description = "Where to run: local (this process's threads) or spark (default: ${DEFAULT-VALUE}).")
  String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master URL for --engine spark (default: local[*], in this process).")
  String master;

  @Option(names = "--no-progress", description = "Do not show a progress bar on the error stream.")
  boolean noProgress;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  @Option(names = "--csv", description = "Print the summary as CSV (one line per pairing or per game and solver).")
  boolean csv;

  @Mixin
  StoreOptions storage;

  @Override
  protected int execute() {
    storage.validate(spec);
    if (json && csv) {
      throw usage("give --json or --csv, not both");
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw usage("--threads must be in [1, " + MAX_THREADS + "], got " + threads);
    }
    if (master != null && engine.equals(SweepEngine.LOCAL)) {
      throw usage("--master needs --engine spark");
    }
    JobSpec sweep = readSpec();
    checkSpec(sweep);
    SweepEngine runner;
    try {
      runner = SweepEngine.named(engine, engine.equals(SweepEngine.LOCAL) ? Map.of() : storage.engineOptions(master));
    } catch (IllegalArgumentException unavailable) {
      throw usage("--engine " + engine + ": " + unavailable.getMessage());
    }
    try (AgoraDatabase database = storage.openDatabase()) {
      return run(database, runner, sweep);
    } catch (StoreException failure) {
      throw new CommandFailure(failure.getMessage(), failure);
    }
  }

  private JobSpec readSpec() {
    String text;
    try {
      text = Files.readString(specFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException missing) {
      throw usage("cannot read " + specFile + ": no such file");
    } catch (MalformedInputException notText) {
      throw usage("cannot read " + specFile + ": not UTF-8 text");
    } catch (IOException unreadable) {
      throw usage("cannot read " + specFile + ": " + (Files.isDirectory(specFile) ? "it is a directory"
          : unreadable.getMessage()));
    }
    JobSpec read;
    try {
      read = SweepSpecJson.readSpec(text);
    } catch (SweepSpecJson.SweepSpecException bad) {
      String where = bad.line() > 0 ? specFile + ":" + bad.line() + ":" + bad.column() : specFile.toString();
      throw usage(where + ": " + bad.getMessage());
    }
    if (read instanceof TournamentSpec) {
      throw usage(specFile + " holds a tournament; run tournaments with agora tournament");
    }
    return read;
  }

  /** Expands the sweep before anything is stored: unknown games, agents, solvers and bad grids are usage errors. */
  private void checkSpec(JobSpec sweep) {
    try {
      if (sweep instanceof SolverSweepSpec solverSweep) {
        solverSweep.tasks();
      } else if (sweep instanceof EvaluationSweepSpec evaluationSweep) {
        EvaluationSweep.runner(evaluationSweep.tournaments().get(0));
      }
    } catch (IllegalArgumentException bad) {
      throw usage(specFile + ": " + bad.getMessage());
    }
  }

  private int run(AgoraDatabase database, SweepEngine runner, JobSpec sweep) {
    RunStore runs = database.runs();
    String specJson = SweepSpecJson.writeSpec(sweep);
    long id = runs.create(sweep.kind(), title(sweep), specJson);
    runs.markRunning(id);
    err().println(sweep.kind() + " run " + id + " in " + database.url() + " on the " + runner.name() + " engine");
    err().flush();
    long units = sweep instanceof EvaluationSweepSpec evaluation ? evaluation.matchCount()
        : ((SolverSweepSpec) sweep).tasks().size();
    String unit = sweep instanceof EvaluationSweepSpec ? "matches" : "solves";
    ProgressBar progress = noProgress ? null : new ProgressBar(err(), unit, units, ProgressBar.errorStreamIsTerminal());
    ProgressListener stored = StoredProgress.of(runs, id);
    long start = System.nanoTime();
    Object result;
    try {
      result = MatchRun.run(threads, progress, stored, "agora-sweep", context ->
          sweep instanceof EvaluationSweepSpec evaluation ? runner.run(evaluation, context)
              : runner.run((SolverSweepSpec) sweep, context));
    } catch (JobCancelledException cancelled) {
      runs.cancel(id);
      err().println("agora: " + sweep.kind() + " run " + id + " cancelled (Ctrl-C)");
      err().flush();
      return SolveCommand.INTERRUPTED;
    } catch (RuntimeException failure) {
      try {
        runs.fail(id, failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
      } catch (StoreException alsoFailed) {
        failure.addSuppressed(alsoFailed);
      }
      throw failure;
    }
    long nanos = System.nanoTime() - start;
    ObjectNode resultJson = result instanceof EvaluationSweepResult evaluated
        ? SweepSpecJson.resultNode(evaluated, false) : SweepSpecJson.resultNode((SolverSweepResult) result);
    runs.updateProgress(id, units, units);
    runs.complete(id, resultJson.toString());
    if (json) {
      ObjectNode printed = resultJson.deepCopy();
      printed.put("run", id).put("database", database.url()).put("engine", runner.name()).put("threads", threads)
          .put("seconds", nanos / 1e9);
      out().println(printed.toPrettyString());
    } else if (result instanceof EvaluationSweepResult evaluated) {
      if (csv) {
        printCsv(evaluated);
      } else {
        printText(evaluated, nanos, id, database.url(), runner.name());
      }
    } else {
      SolverSweepResult solved = (SolverSweepResult) result;
      if (csv) {
        printCsv(solved);
      } else {
        printText(solved, nanos, id, database.url(), runner.name());
      }
    }
    return 0;
  }

  private static String title(JobSpec sweep) {
    if (sweep instanceof EvaluationSweepSpec evaluation) {
      return "evaluation sweep: " + evaluation.agents().size() + " x " + evaluation.opponents().size() + " agents on "
          + evaluation.game() + ", " + evaluation.seeds().size() + (evaluation.seeds().size() == 1 ? " seed" : " seeds");
    }
    SolverSweepSpec solver = (SolverSweepSpec) sweep;
    return "solver sweep: " + solver.games().size() + (solver.games().size() == 1 ? " game" : " games") + " x "
        + solver.solvers().size() + (solver.solvers().size() == 1 ? " solver" : " solvers") + ", "
        + solver.seeds().size() + (solver.seeds().size() == 1 ? " seed" : " seeds");
  }

  private String runLine(long id, String url) {
    return "run " + id + " in " + url;
  }

  private String engineLine(String engineName) {
    return engineName + " engine" + (engineName.equals(SweepEngine.LOCAL)
        ? ", " + threads + (threads == 1 ? " thread" : " threads") : "");
  }

  private void printText(EvaluationSweepResult result, long nanos, long id, String url, String engineName) {
    EvaluationSweepSpec sweep = result.spec();
    TextTable summary = TextTable.withoutHeaders(2)
        .addRow("game:", sweep.game())
        .addRow("sweep:", sweep.agents().size() + " agents x " + sweep.opponents().size() + " opponents, "
            + sweep.matchesPerPairing() + " matches per pairing, seats alternating, seeds " + seeds(sweep.seeds()))
        .addRow("matches:", Numbers.grouped(result.matches()) + " in " + Numbers.seconds(nanos) + ", "
            + Numbers.grouped(Math.round(result.matches() / Math.max(1e-9, nanos / 1e9))) + " matches/s ("
            + engineLine(engineName) + ")")
        .addRow("stored:", runLine(id, url));
    out().print(summary.render());
    out().println();
    TextTable ranking = TextTable.withHeaders("RANK", "AGENT", "MEAN RETURN", "MATCHES")
        .align(TextTable.Alignment.RIGHT, 0, 2, 3);
    for (EvaluationSweepResult.AgentSummary agent : result.ranking()) {
      ranking.addRow(String.valueOf(agent.rank()), agent.name(), Numbers.fixed(agent.meanReturn(), 3),
          Numbers.grouped(agent.matches()));
    }
    out().print(ranking.render());
    out().println();
    out().println("pairings: the agent's mean return against each opponent, with its standard error");
    TextTable pairings = TextTable.withHeaders("AGENT", "OPPONENT", "MEAN RETURN", "STD ERROR", "MATCHES")
        .align(TextTable.Alignment.RIGHT, 2, 3, 4);
    for (EvaluationSweepResult.Pairing pairing : result.pairings()) {
      pairings.addRow(sweep.agents().get(pairing.agent()), sweep.opponents().get(pairing.opponent()),
          Numbers.fixed(pairing.meanReturn(), 3), Numbers.fixed(pairing.standardError(), 3),
          Numbers.grouped(pairing.matches()));
    }
    out().print(pairings.render());
  }

  private void printCsv(EvaluationSweepResult result) {
    CsvWriter writer = new CsvWriter("agent", "opponent", "matches", "mean_return", "standard_error");
    for (EvaluationSweepResult.Pairing pairing : result.pairings()) {
      writer.row(result.spec().agents().get(pairing.agent()), result.spec().opponents().get(pairing.opponent()),
          pairing.matches(), pairing.meanReturn(), pairing.standardError());
    }
    out().print(writer);
  }

  private void printText(SolverSweepResult result, long nanos, long id, String url, String engineName) {
    SolverSweepSpec sweep = result.spec();
    TextTable summary = TextTable.withoutHeaders(2)
        .addRow("sweep:", sweep.games().size() + " games x " + sweep.solvers().size() + " solvers"
            + (sweep.grid().isEmpty() ? "" : " x grid " + sweep.grid()) + ", seeds " + seeds(sweep.seeds()))
        .addRow("solves:", Numbers.grouped(result.rows().size()) + " (" + Numbers.grouped(result.failures())
            + " failed) in " + Numbers.seconds(nanos) + " (" + engineLine(engineName) + ")")
        .addRow("stored:", runLine(id, url));
    out().print(summary.render());
    out().println();
    TextTable table = TextTable.withHeaders("GAME", "SOLVER", "SOLVES", "FAILED", "NASHCONV MEAN", "MIN", "MAX",
        "EXPLOITABILITY", "VALUE", "SECONDS").align(TextTable.Alignment.RIGHT, 2, 3, 4, 5, 6, 7, 8, 9);
    for (SolverSweepResult.Summary row : result.summaries()) {
      table.addRow(row.game(), row.solver(), String.valueOf(row.solves()), String.valueOf(row.failures()),
          Numbers.compact(row.meanNashConv()), Numbers.compact(row.minNashConv()), Numbers.compact(row.maxNashConv()),
          Numbers.compact(row.meanExploitability()), Numbers.compact(row.meanValue()),
          String.format(Locale.ROOT, "%.3f", row.meanSeconds()));
    }
    out().print(table.render());
    List<org.agora.evaluation.sweep.SolveRow> failed = result.rows().stream().filter(row -> !row.ok()).toList();
    if (!failed.isEmpty()) {
      out().println();
      out().println("failed solves:");
      for (org.agora.evaluation.sweep.SolveRow row : failed.subList(0, Math.min(10, failed.size()))) {
        out().println("  " + row.game() + " / " + row.solver() + ": " + row.error());
      }
      if (failed.size() > 10) {
        out().println("  ... and " + (failed.size() - 10) + " more (see --json)");
      }
    }
  }

  private void printCsv(SolverSweepResult result) {
    CsvWriter writer = new CsvWriter("game", "solver", "solves", "failures", "concept", "mean_nash_conv",
        "min_nash_conv", "max_nash_conv", "mean_exploitability", "min_exploitability", "max_exploitability",
        "mean_value", "mean_seconds");
    for (SolverSweepResult.Summary row : result.summaries()) {
      writer.row(row.game(), row.solver(), row.solves(), row.failures(), row.concept(), row.meanNashConv(),
          row.minNashConv(), row.maxNashConv(), row.meanExploitability(), row.minExploitability(),
          row.maxExploitability(), row.meanValue(), row.meanSeconds());
    }
    out().print(writer);
  }

  private static String seeds(List<Long> seeds) {
    if (seeds.size() <= 6) {
      return seeds.toString().replace("[", "").replace("]", "");
    }
    return seeds.get(0) + ", " + seeds.get(1) + ", ... " + seeds.get(seeds.size() - 1) + " (" + seeds.size() + ")";
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
