package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.cli.CommandFailure;
import org.agora.cli.MatchRun;
import org.agora.cli.markets.AuctionPlots;
import org.agora.cli.markets.AuctionReport;
import org.agora.cli.markets.PacingCrossTable;
import org.agora.cli.output.ProgressBar;
import org.agora.cli.store.StoreOptions;
import org.agora.cli.store.StoredProgress;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.ProgressListener;
import org.agora.evaluation.population.CrossTable;
import org.agora.markets.pacing.AuctionSimulationJob;
import org.agora.markets.pacing.AuctionSimulationResult;
import org.agora.markets.pacing.AuctionSimulationSpec;
import org.agora.markets.pacing.BidderStrings;
import org.agora.store.AgoraDatabase;
import org.agora.store.RunStore;
import org.agora.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora simulate auction}: repeated auctions among budget- and CPA-constrained bidders paced by
 * the library's agents ({@link AuctionSimulationSpec}, run by {@link AuctionSimulationJob}), with a
 * progress bar; prints the platform's revenue and welfare per period, each bidder's spend against its
 * budget, value, conversions, CPA, ROI and AuctionNet score, and one bidder's regret against the best
 * fixed multiplier in hindsight; {@code --plot DIR} draws spend and pacing curves as PNG files. The run
 * is recorded in the database's job runs, like the workbench's.
 */
@Command(
    name = "auction",
    mixinStandardHelpOptions = true,
    description = "Repeated auctions with budgets, CPA targets and pacing agents (AuctionNet-style periods).")
public final class SimulateAuctionCommand extends AgoraSubcommand {

  private static final int MAX_THREADS = 1024;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "gsp",
      description = "first-price, second-price, all-pay, gsp or vcg (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--bidders", paramLabel = "N|BIDDERS", defaultValue = "8",
      description = "A number of bidders, whose agents --pacing gives, or the bidders themselves as agent strings"
          + " separated by ';' (default: ${DEFAULT-VALUE}).")
  String bidders;

  @Option(names = "--pacing", paramLabel = "AGENT",
      description = "The agent of numbered bidders, e.g. pid(budget=500,cpa=2); repeat it to mix agents (bidder i"
          + " gets the (i mod k)-th). Agents: ${COMPLETION-CANDIDATES} (default: truthful).",
      completionCandidates = AgentNames.class)
  List<String> pacing = new ArrayList<>();

  /** The agent names, for the help text. */
  static final class AgentNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return BidderStrings.agentNames().iterator();
    }
  }

  @Option(names = "--periods", paramLabel = "P", defaultValue = "1",
      description = "Periods; budgets refill and agents restart each period (default: ${DEFAULT-VALUE}).")
  int periods;

  @Option(names = "--steps", paramLabel = "S", defaultValue = "48",
      description = "Decision steps per period (default: ${DEFAULT-VALUE}, as AuctionNet).")
  int steps;

  @Option(names = "--opportunities", paramLabel = "N", defaultValue = "100000",
      description = "Auctions per period (default: ${DEFAULT-VALUE}; AuctionNet has about 500000).")
  int opportunities;

  @Option(names = "--reserve", paramLabel = "R", defaultValue = "0",
      description = "Reserve price, per click in gsp and vcg (default: ${DEFAULT-VALUE}).")
  double reserve;

  @Option(names = "--ties", paramLabel = "RULE", defaultValue = "lowest-index",
      description = "lowest-index or uniform (default: ${DEFAULT-VALUE}).")
  String ties;

  @Option(names = "--exposure", paramLabel = "E1,E2,...", split = ",",
      description = "Slot exposures of gsp and vcg, non-increasing (default: 1,0.8,0.6 as AuctionNet).")
  List<Double> exposure = new ArrayList<>();

  @Option(names = "--regret-bidder", paramLabel = "I", defaultValue = "0",
      description = "The bidder whose regret against the best fixed multiplier in hindsight is computed; -1 for"
          + " none (default: ${DEFAULT-VALUE}).")
  int regretBidder;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "0",
      description = "Seed; the same seed gives the same numbers on any number of threads (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-t", "--threads"}, paramLabel = "T",
      description = "Threads drawing values (default: the machine's cores); the numbers do not depend on it.")
  Integer threads;

  @Option(names = "--plot", paramLabel = "DIR",
      description = "Write spend.png (cumulative spend against plan) and pacing.png (multipliers) into DIR.")
  Path plotDirectory;

  @Option(names = "--cross-table", paramLabel = "FILE",
      description = "Evaluate the --pacing agents as a population instead: one simulation per ordered pair (even"
          + " bidders run the row agent, odd ones the column agent), each cell the row agent's mean AuctionNet score;"
          + " the table is written to FILE for 'agora rate --table FILE' and 'agora evaluate --table FILE'.")
  Path crossTable;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  @Option(names = "--csv", description = "Print one CSV line per period and bidder.")
  boolean csv;

  @Option(names = "--no-progress", description = "Do not show a progress bar on the error stream.")
  boolean noProgress;

  @Mixin
  StoreOptions storage;

  @Override
  protected int execute() throws IOException {
    storage.validate(spec);
    if (json && csv) {
      throw usage("give --json or --csv, not both");
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1 || workers > MAX_THREADS) {
      throw usage("--threads must be in [1, " + MAX_THREADS + "], got " + workers);
    }
    AuctionSimulationSpec simulation = specification();
    List<String> population = crossTable == null ? List.of() : population(simulation);
    try (AgoraDatabase database = storage.openDatabase()) {
      return crossTable == null ? run(database, simulation, workers)
          : runCrossTable(database, simulation, population, workers);
    } catch (StoreException failure) {
      throw new CommandFailure(failure.getMessage(), failure);
    }
  }

  private AuctionSimulationSpec specification() {
    List<String> bidderStrings = bidderStrings();
    try {
      return new AuctionSimulationSpec(format, bidderStrings, periods, steps, opportunities, reserve, ties, exposure,
          regretBidder, seed);
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
  }

  private List<String> bidderStrings() {
    String text = bidders.strip();
    if (text.matches("[0-9]+")) {
      int count;
      try {
        count = Integer.parseInt(text);
      } catch (NumberFormatException tooLarge) {
        throw usage("--bidders " + text + " is too many");
      }
      if (count < 1 || count > 100_000) {
        throw usage("--bidders must be in [1, 100000] or a list of agent strings, got " + text);
      }
      List<String> agents = pacing.isEmpty() ? List.of("truthful") : pacing;
      List<String> result = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        result.add(agents.get(i % agents.size()));
      }
      return result;
    }
    if (!pacing.isEmpty()) {
      throw usage("--pacing applies when --bidders is a number; here the bidders are given as agent strings");
    }
    List<String> result = new ArrayList<>();
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        throw usage("--bidders has an empty agent string in '" + bidders + "'");
      }
      result.add(part.strip());
    }
    return result;
  }

  private int run(AgoraDatabase database, AuctionSimulationSpec simulation, int workers) throws IOException {
    RunStore runs = database.runs();
    long id = runs.create(simulation.kind(), AuctionReport.title(simulation), AuctionReport.specJson(simulation).toString());
    runs.markRunning(id);
    err().println(simulation.kind() + " run " + id + " in " + database.url());
    err().flush();
    long units = (long) simulation.periods() * simulation.steps();
    ProgressBar progress = noProgress ? null : new ProgressBar(err(), "steps", units, ProgressBar.errorStreamIsTerminal());
    ProgressListener stored = StoredProgress.of(runs, id);
    long start = System.nanoTime();
    AuctionSimulationResult result;
    try {
      result = MatchRun.run(workers, progress, stored, "agora-simulate",
          context -> new AuctionSimulationJob().run(simulation, context));
    } catch (JobCancelledException cancelled) {
      runs.cancel(id);
      err().println("agora: simulate-auction run " + id + " cancelled (Ctrl-C)");
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
    var resultJson = AuctionReport.resultJson(simulation, result);
    runs.updateProgress(id, units, units);
    runs.complete(id, resultJson.toString());
    List<Path> plots = plotDirectory == null ? List.of() : AuctionPlots.write(plotDirectory, simulation, result);
    if (json) {
      var printed = resultJson.deepCopy();
      printed.put("run", id).put("database", database.url()).put("threads", workers).put("seconds", nanos / 1e9);
      out().println(printed.toPrettyString());
    } else if (csv) {
      out().print(AuctionReport.csv(result));
    } else {
      out().print(AuctionReport.text(simulation, result, nanos, workers, "run " + id + " in " + database.url()));
    }
    for (Path plot : plots) {
      err().println("plot written to " + plot);
    }
    return 0;
  }

  private List<String> population(AuctionSimulationSpec simulation) {
    if (json || csv || plotDirectory != null) {
      throw usage("--cross-table prints its table and writes FILE; drop --json, --csv and --plot");
    }
    List<String> agents = pacing.stream().map(String::strip).distinct().toList();
    if (agents.size() < 2 || !bidders.strip().matches("[0-9]+")) {
      throw usage("--cross-table needs a number of bidders and at least two different --pacing agents");
    }
    if (simulation.bidders().size() < 2) {
      throw usage("--cross-table needs at least 2 bidders, got " + simulation.bidders().size());
    }
    return agents;
  }

  private int runCrossTable(AgoraDatabase database, AuctionSimulationSpec template, List<String> agents, int workers)
      throws IOException {
    List<AuctionSimulationSpec> cells = PacingCrossTable.cells(template, agents);
    RunStore runs = database.runs();
    var specJson = AuctionReport.specJson(template).put("kind", PacingCrossTable.KIND);
    var population = specJson.putArray("population");
    agents.forEach(population::add);
    long id = runs.create(PacingCrossTable.KIND, agents.size() + " pacing agents, " + AuctionReport.title(template),
        specJson.toString());
    runs.markRunning(id);
    err().println(PacingCrossTable.KIND + " run " + id + " in " + database.url());
    err().flush();
    long units = (long) cells.size() * template.periods() * template.steps();
    ProgressBar progress = noProgress ? null : new ProgressBar(err(), "steps", units, ProgressBar.errorStreamIsTerminal());
    long start = System.nanoTime();
    CrossTable table;
    try {
      table = MatchRun.run(workers, progress, "agora-simulate", context -> PacingCrossTable.run(agents, cells, context));
    } catch (JobCancelledException cancelled) {
      runs.cancel(id);
      err().println("agora: " + PacingCrossTable.KIND + " run " + id + " cancelled (Ctrl-C)");
      err().flush();
      return SolveCommand.INTERRUPTED;
    }
    PacingCrossTable.write(crossTable, table);
    runs.updateProgress(id, units, units);
    runs.complete(id, PacingCrossTable.json(table).toString());
    out().print(PacingCrossTable.text(table, cells.size(), System.nanoTime() - start, "run " + id + " in "
        + database.url()));
    out().println("table written to " + crossTable + "; rate it with: agora rate --table " + crossTable);
    return 0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
