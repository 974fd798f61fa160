package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.cli.CommandFailure;
import org.agora.cli.ErrorReporter;
import org.agora.cli.GameResolver;
import org.agora.cli.Interrupts;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.LinePlot;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.ProgressBar;
import org.agora.cli.output.TextTable;
import org.agora.cli.store.StoreOptions;
import org.agora.cli.treesolve.TreeCompilation;
import org.agora.core.Game;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.evaluation.psro.AlphaRankMetaSolver;
import org.agora.evaluation.psro.MetaGame;
import org.agora.evaluation.psro.MetaSolver;
import org.agora.evaluation.psro.MetaSolvers;
import org.agora.evaluation.psro.ProjectedReplicatorMetaSolver;
import org.agora.evaluation.psro.Psro;
import org.agora.evaluation.psro.PsroIteration;
import org.agora.evaluation.psro.PsroResult;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.solvers.tree.GameTree;
import org.agora.store.StoreException;
import org.agora.store.TournamentStatus;
import org.agora.store.TournamentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code agora psro GAME}: policy-space response oracles with exact best responses on the compiled
 * tree of a two-player game ({@link Psro}). Prints one row per iteration (policies per player,
 * exploitability of the meta-strategy mixture, elapsed time) and the final meta-strategy; writes
 * the exploitability curve as a PNG with {@code --plot}. The meta-game is stored as a tournament (in
 * the store {@code --db}/{@code --data} names) for {@code agora evaluate} and {@code agora rate}.
 */
@Command(
    name = "psro",
    mixinStandardHelpOptions = true,
    description = "Policy-space response oracles with exact best responses: exploitability of the meta-strategy per iteration.")
public final class PsroCommand extends AgoraSubcommand {

  @Parameters(paramLabel = "GAME", description = "A two-player game string or .efg file, e.g. kuhn_poker.")
  String gameArgument;

  /** Meta-game records written per transaction. */
  private static final int STORE_BLOCK = 1024;

  @Option(names = {"-n", "--iterations"}, paramLabel = "N", defaultValue = "20",
      description = "Best-response rounds at most (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--meta-solver", paramLabel = "NAME", defaultValue = "nash",
      description = "nash, alpharank, uniform, prd or rae (default: ${DEFAULT-VALUE}).")
  String metaSolver;

  @Option(names = "--alpha", paramLabel = "A",
      description = "alpharank: ranking intensity (default: " + AlphaRankMetaSolver.DEFAULT_ALPHA + ").")
  Double alpha;

  @Option(names = "--population-size", paramLabel = "M",
      description = "alpharank: population size (default: " + AlphaRankMetaSolver.DEFAULT_POPULATION + ").")
  Integer populationSize;

  @Option(names = "--prd-iterations", paramLabel = "N",
      description = "prd: replicator steps per meta-game (default: " + ProjectedReplicatorMetaSolver.DEFAULT_ITERATIONS + ").")
  Integer prdIterations;

  @Option(names = "--prd-step", paramLabel = "H",
      description = "prd: step size (default: " + ProjectedReplicatorMetaSolver.DEFAULT_STEP_SIZE + ").")
  Double prdStep;

  @Option(names = "--prd-gamma", paramLabel = "G",
      description = "prd: exploration floor, every share >= G / policies (default: "
          + ProjectedReplicatorMetaSolver.DEFAULT_EXPLORATION + ").")
  Double prdGamma;

  @Option(names = "--initial", paramLabel = "POLICY", defaultValue = "uniform",
      description = "The first policy of both players: uniform or first_action (default: ${DEFAULT-VALUE}).")
  String initial;

  @Option(names = "--target", paramLabel = "E", defaultValue = "0",
      description = "Stop once the exploitability (NashConv for general-sum games) is at most E (default: ${DEFAULT-VALUE}).")
  double target;

  @Option(names = "--max-nodes", defaultValue = "20000000", paramLabel = "N",
      description = "Largest game tree to compile (default: ${DEFAULT-VALUE}).")
  long maxNodes;

  @Option(names = "--plot", paramLabel = "FILE.png", description = "Write the exploitability curve (log scale) as PNG.")
  Path plot;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  @Option(names = "--csv", description = "Print the per-iteration rows as CSV.")
  boolean csv;

  @Option(names = "--no-progress", description = "Do not show a progress bar on the error stream.")
  boolean noProgress;

  @Mixin
  StoreOptions storage;

  /** The stored meta-game's tournament id, once stored. */
  private long storedId = -1;

  @Override
  protected int execute() {
    MetaSolver solver = metaSolver();
    if (iterations < 0) {
      throw usage("--iterations must be >= 0, got " + iterations);
    }
    if (json && csv) {
      throw usage("--json and --csv exclude each other");
    }
    if (!initial.equals("uniform") && !initial.equals("first_action")) {
      throw usage("--initial must be uniform or first_action, got '" + initial + "'");
    }
    if (!Double.isFinite(target) || target < 0) {
      throw usage("--target must be a finite number >= 0, got " + target);
    }
    if (maxNodes < 1) {
      throw usage("--max-nodes must be >= 1, got " + maxNodes);
    }
    if (plot != null && !plot.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw usage("--plot writes a PNG; give a file name ending in .png, got " + plot);
    }
    storage.validate(spec);
    Game game = GameResolver.resolve(gameArgument);
    if (game.playerCount() != 2) {
      throw usage("psro needs a two-player game; " + game.name() + " has " + game.playerCount() + " players");
    }
    GameTree tree = TreeCompilation.compile(game, maxNodes, false);
    Psro psro = new Psro(tree, solver, initial.equals("uniform") ? tree.uniformBehaviour()
        : Psro.firstActionBehaviour(tree));
    ProgressBar progress = noProgress ? null
        : new ProgressBar(err(), "iterations", iterations + 1L, ProgressBar.errorStreamIsTerminal());
    Cancellation cancellation = Cancellation.create();
    List<PsroIteration> rows = new ArrayList<>();
    PsroResult result;
    try (Interrupts interrupts = Interrupts.cancel(cancellation)) {
      result = psro.run(iterations, target,
          JobContext.sequential((done, total) -> { }, cancellation), MatchSink.NONE, row -> {
            rows.add(row);
            if (progress != null) {
              progress.advance(1);
            }
          });
    } catch (JobCancelledException cancelled) {
      if (progress != null) {
        progress.finish();
      }
      err().println("agora: psro cancelled (Ctrl-C) after " + rows.size() + " iterations");
      err().flush();
      return SolveCommand.INTERRUPTED;
    }
    if (progress != null) {
      progress.finish();
    }
    store(result);
    boolean zeroSum = !Double.isNaN(result.last().exploitability());
    if (plot != null) {
      writePlot(game, solver, result, zeroSum);
    }
    if (json) {
      printJson(game, solver, result, zeroSum);
    } else if (csv) {
      printCsv(result);
    } else {
      printText(game, solver, result, zeroSum);
    }
    return 0;
  }

  /**
   * Stores the meta-game as a tournament (agents {@code psro:k}, one exact match per pairing), so
   * that {@code agora evaluate --tournament ID} and {@code agora rate --tournament ID} read it.
   */
  private void store(PsroResult result) {
    try (TournamentStore store = storage.open()) {
      storedId = store.create(result.tournamentSpec(gameArgument), 2);
      List<MatchRecord> records = result.records();
      for (int from = 0; from < records.size(); from += STORE_BLOCK) {
        store.write(storedId, records.subList(from, Math.min(records.size(), from + STORE_BLOCK)));
      }
      store.setStatus(storedId, TournamentStatus.COMPLETED);
      err().println("meta-game stored as tournament " + storedId + " in " + store.url());
      err().flush();
    } catch (StoreException failure) {
      throw new CommandFailure(failure.getMessage(), failure);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private MetaSolver metaSolver() {
    String name = metaSolver.toLowerCase(Locale.ROOT);
    if (!MetaSolvers.NAMES.contains(name)) {
      throw usage("--meta-solver must be nash, alpharank, uniform, prd or rae, got '" + metaSolver + "'");
    }
    boolean alphaRank = name.equals("alpharank");
    boolean prd = name.equals("prd");
    requireFor(alpha != null, "--alpha", "alpharank", alphaRank);
    requireFor(populationSize != null, "--population-size", "alpharank", alphaRank);
    requireFor(prdIterations != null, "--prd-iterations", "prd", prd);
    requireFor(prdStep != null, "--prd-step", "prd", prd);
    requireFor(prdGamma != null, "--prd-gamma", "prd", prd);
    List<String> parameters = new ArrayList<>();
    if (alpha != null) {
      parameters.add("alpha=" + alpha);
    }
    if (populationSize != null) {
      parameters.add("population=" + populationSize);
    }
    if (prdIterations != null) {
      parameters.add("iterations=" + prdIterations);
    }
    if (prdStep != null) {
      parameters.add("step=" + prdStep);
    }
    if (prdGamma != null) {
      parameters.add("gamma=" + prdGamma);
    }
    try {
      return MetaSolvers.parse(parameters.isEmpty() ? name : name + "(" + String.join(",", parameters) + ")");
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
  }

  private void requireFor(boolean given, String option, String solver, boolean chosen) {
    if (given && !chosen) {
      throw usage(option + " applies to --meta-solver " + solver + ", not " + metaSolver);
    }
  }

  private static String measure(boolean zeroSum) {
    return zeroSum ? "exploitability" : "NashConv";
  }

  private void printText(Game game, MetaSolver solver, PsroResult result, boolean zeroSum) {
    out().print(TextTable.withoutHeaders(2)
        .addRow("game:", game.name())
        .addRow("meta-solver:", solver.name())
        .addRow("initial policy:", initial)
        .addRow("measure:", zeroSum ? "exploitability of the meta-strategy mixture = NashConv / 2 (OpenSpiel's)"
            : "NashConv of the meta-strategy mixture (the game is not zero-sum)")
        .render());
    out().println();
    TextTable table = TextTable.withHeaders("ITERATION", "POLICIES", measure(zeroSum).toUpperCase(Locale.ROOT), "TIME")
        .align(TextTable.Alignment.RIGHT, 0, 1, 2, 3);
    for (PsroIteration row : result.iterations()) {
      table.addRow(String.valueOf(row.iteration()), String.valueOf(row.policies()), Numbers.compact(row.gap()),
          Numbers.seconds(row.elapsedNanos()));
    }
    out().print(table.render());
    out().println();
    out().println("final meta-strategy (policy k of each player was added at iteration k):");
    double[][] strategy = result.metaStrategy();
    TextTable meta = TextTable.withHeaders("POLICY", "PLAYER 0", "PLAYER 1").align(TextTable.Alignment.RIGHT, 1, 2);
    for (int k = 0; k < strategy[0].length; k++) {
      meta.addRow(result.agents().get(k), Numbers.fixed(strategy[0][k], 6), Numbers.fixed(strategy[1][k], 6));
    }
    out().print(meta.render());
  }

  private void printCsv(PsroResult result) {
    out().println("iteration,policies,exploitability,nash_conv,seconds");
    for (PsroIteration row : result.iterations()) {
      out().println(row.iteration() + "," + row.policies() + ","
          + (Double.isNaN(row.exploitability()) ? "" : Double.toString(row.exploitability())) + ","
          + row.nashConv() + "," + row.elapsedNanos() / 1e9);
    }
  }

  private void printJson(Game game, MetaSolver solver, PsroResult result, boolean zeroSum) {
    JsonWriter writer = new JsonWriter().beginObject()
        .field("game", game.name())
        .field("metaSolver", solver.name())
        .field("initialPolicy", initial)
        .field("measure", measure(zeroSum))
        .field("tournament", storedId);
    writer.name("iterations").beginArray();
    for (PsroIteration row : result.iterations()) {
      writer.beginObject()
          .field("iteration", row.iteration())
          .field("policies", row.policies());
      if (zeroSum) {
        writer.field("exploitability", row.exploitability());
      }
      writer.field("nashConv", row.nashConv()).field("seconds", row.elapsedNanos() / 1e9);
      writeStrategy(writer, row.metaStrategy());
      writer.endObject();
    }
    writer.endArray();
    writer.name("agents").beginArray();
    result.agents().forEach(writer::value);
    writer.endArray();
    MetaGame metaGame = result.metaGame();
    writer.name("metaGame").beginArray();
    for (int player = 0; player < 2; player++) {
      writer.beginArray();
      for (double[] row : metaGame.matrix(player)) {
        writer.beginArray();
        for (double value : row) {
          writer.value(value);
        }
        writer.endArray();
      }
      writer.endArray();
    }
    writer.endArray();
    out().println(writer.endObject());
  }

  private static void writeStrategy(JsonWriter writer, double[][] strategy) {
    writer.name("metaStrategy").beginArray();
    for (double[] player : strategy) {
      writer.beginArray();
      for (double weight : player) {
        writer.value(weight);
      }
      writer.endArray();
    }
    writer.endArray();
  }

  private void writePlot(Game game, MetaSolver solver, PsroResult result, boolean zeroSum) {
    List<PsroIteration> rows = result.iterations();
    double[] x = new double[rows.size()];
    double[] y = new double[rows.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = rows.get(i).iteration();
      y[i] = rows.get(i).gap();
    }
    try {
      LinePlot.writePng(plot, "PSRO (" + solver.name() + ") on " + game.name(), "iteration", measure(zeroSum),
          List.of(new LinePlot.Series(measure(zeroSum) + " of the meta-strategy mixture", x, y)), true);
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + plot + ": " + ErrorReporter.describeInputOutput(e), e);
    }
  }
}
