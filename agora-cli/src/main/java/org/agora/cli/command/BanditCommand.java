package org.agora.cli.command;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.cli.CommandFailure;
import org.agora.cli.MatchRun;
import org.agora.cli.bandit.BanditPlots;
import org.agora.cli.bandit.BanditReport;
import org.agora.cli.output.ProgressBar;
import org.agora.cli.play.AgentList;
import org.agora.cli.store.StoreOptions;
import org.agora.cli.store.StoredProgress;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.ProgressListener;
import org.agora.learning.bandits.experiment.BanditExperimentJob;
import org.agora.learning.bandits.experiment.BanditExperimentResult;
import org.agora.learning.bandits.experiment.BanditExperimentSpec;
import org.agora.store.AgoraDatabase;
import org.agora.store.RunStore;
import org.agora.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora bandit}: runs policies x problems x seeds as a {@code bandit} job ({@link
 * BanditExperimentSpec}, run by {@link BanditExperimentJob}) with a progress bar, prints the final regret
 * of each policy on each problem (mean +- 95% half-width, spread, time), {@code --json} or {@code --csv}
 * for machines, {@code --plot DIR} for the regret curves as PNG and self-contained HTML; {@code --list}
 * lists the registered policies and problems. The run is recorded in the database's job runs (as the
 * workbench's are) unless {@code --no-store}. The other kinds of bandit experiment are subcommands
 * ({@code agora bandit contextual|collaborative|federated|market ...}) built on {@link BanditSubcommand},
 * leaving these options as they are.
 */
@Command(
    name = "bandit",
    mixinStandardHelpOptions = true,
    subcommands = {BanditMultiplayerCommand.class, BanditContextualCommand.class, BanditCollaborativeCommand.class,
        BanditFederatedCommand.class, BanditMarketCommand.class},
    description = "Multi-armed bandit experiments: policies x problems x seeds, regret table, curves and plots.")
public final class BanditCommand extends AgoraSubcommand {

  private static final int MAX_THREADS = 1024;

  @Option(names = "--policies", paramLabel = "P1,P2,...", defaultValue = "ucb1,kl-ucb,thompson",
      description = "Policy strings separated by commas (commas inside parentheses stay), e.g. ucb1,kl-ucb(c=0),"
          + "exp3(gamma=0.05) (default: ${DEFAULT-VALUE}); see --list.")
  String policies;

  @Option(names = "--problem", paramLabel = "PROBLEM",
      description = "A problem string, e.g. 'bernoulli(0.1,0.5,0.9)' or 'gaussian(means=0.1;0.5,sigma=1)'; repeat it"
          + " for several problems; see --list.")
  List<String> problems = new ArrayList<>();

  @Option(names = "--horizon", paramLabel = "T", defaultValue = "10000",
      description = "Rounds per run, e.g. 100000 or 1e5 (default: ${DEFAULT-VALUE}).")
  String horizon;

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "20",
      description = "Runs per policy and problem (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "0",
      description = "Seed; the same seed gives the same numbers on any number of threads (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-t", "--threads"}, paramLabel = "T",
      description = "Worker threads (default: the machine's cores); the numbers do not depend on it.")
  Integer threads;

  @Option(names = "--plot", paramLabel = "DIR",
      description = "Write regret-curves.png and regret-curves.html (self-contained) into DIR.")
  Path plotDirectory;

  @Option(names = "--json", description = "Print JSON (final regrets and curves with their bands) instead of a table.")
  boolean json;

  @Option(names = "--csv", description = "Print one CSV line per policy, problem and grid round (curves and bands).")
  boolean csv;

  @Option(names = "--list", description = "List the registered policies and problems and exit.")
  boolean list;

  @Option(names = "--no-store", description = "Do not record the run in the database.")
  boolean noStore;

  @Option(names = "--no-progress", description = "Do not show a progress bar on the error stream.")
  boolean noProgress;

  @Mixin
  StoreOptions storage;

  @Override
  protected int execute() throws IOException {
    if (list) {
      out().print(BanditReport.listing());
      return 0;
    }
    storage.validate(spec);
    if (json && csv) {
      throw usage("give --json or --csv, not both");
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1 || workers > MAX_THREADS) {
      throw usage("--threads must be in [1, " + MAX_THREADS + "], got " + workers);
    }
    BanditExperimentSpec experiment = specification(workers);
    if (noStore) {
      return run(null, experiment);
    }
    try (AgoraDatabase database = storage.openDatabase()) {
      return run(database, experiment);
    } catch (StoreException failure) {
      throw new CommandFailure(failure.getMessage(), failure);
    }
  }

  private BanditExperimentSpec specification(int workers) {
    if (problems.isEmpty()) {
      throw usage("give at least one --problem, e.g. --problem 'bernoulli(0.1,0.5,0.9)'; see agora bandit --list");
    }
    List<String> policyStrings;
    try {
      policyStrings = AgentList.split(policies);
    } catch (IllegalArgumentException bad) {
      throw usage("--policies: " + bad.getMessage().replace("agent list", "policy list"));
    }
    try {
      return new BanditExperimentSpec(policyStrings, problems, parseHorizon(), seeds, seed, workers);
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
  }

  /** The horizon: a whole number, written plainly (100000, 100_000) or in scientific notation (1e5). */
  private long parseHorizon() {
    String text = horizon.strip().replace("_", "");
    try {
      long value = new BigDecimal(text).longValueExact();
      if (value < 1 || value > BanditExperimentSpec.MAX_HORIZON) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException | ArithmeticException bad) {
      throw usage("--horizon must be a whole number in [1, " + BanditExperimentSpec.MAX_HORIZON + "] (e.g. 100000 or"
          + " 1e5), got '" + horizon + "'");
    }
  }

  private int run(AgoraDatabase database, BanditExperimentSpec experiment) throws IOException {
    RunStore runs = database == null ? null : database.runs();
    long id = -1;
    if (runs != null) {
      id = runs.create(experiment.kind(), BanditReport.title(experiment), BanditReport.specJson(experiment).toString());
      runs.markRunning(id);
      err().println(experiment.kind() + " run " + id + " in " + database.url());
      err().flush();
    }
    long units = experiment.runCount();
    ProgressBar progress = noProgress ? null : new ProgressBar(err(), "runs", units, ProgressBar.errorStreamIsTerminal());
    ProgressListener stored = runs == null ? ProgressListener.NONE : StoredProgress.of(runs, id);
    BanditExperimentResult result;
    try {
      result = MatchRun.run(experiment.threads(), progress, stored, "agora-bandit",
          context -> new BanditExperimentJob().run(experiment, context));
    } catch (JobCancelledException cancelled) {
      if (runs != null) {
        runs.cancel(id);
      }
      err().println("agora: bandit run " + (runs == null ? "" : id + " ") + "cancelled (Ctrl-C)");
      err().flush();
      return SolveCommand.INTERRUPTED;
    } catch (RuntimeException failure) {
      if (runs != null) {
        try {
          runs.fail(id, failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        } catch (StoreException alsoFailed) {
          failure.addSuppressed(alsoFailed);
        }
      }
      throw failure;
    }
    var resultJson = BanditReport.resultJson(result);
    String where = null;
    if (runs != null) {
      runs.updateProgress(id, units, units);
      runs.complete(id, resultJson.toString());
      where = "run " + id + " in " + database.url();
    }
    List<Path> plots = plotDirectory == null ? List.of() : BanditPlots.write(plotDirectory, result);
    if (json) {
      var printed = resultJson.deepCopy();
      if (runs != null) {
        printed.put("run", id).put("database", database.url());
      }
      out().println(printed.toPrettyString());
    } else if (csv) {
      out().print(BanditReport.csv(result));
    } else {
      out().print(BanditReport.text(result, experiment.threads(), where));
    }
    for (Path plot : plots) {
      err().println("plot written to " + plot);
    }
    return 0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
