package org.agora.cli.bandit;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.agora.cli.output.ProgressBar;
import org.agora.cli.play.AgentList;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every {@code agora bandit <kind>} subcommand shares, as a picocli mixin: {@code --horizon},
 * {@code --seeds}, {@code --seed}, {@code --threads}, {@code --plot DIR}, {@code --json}, {@code --csv} and
 * {@code --no-progress}, with their checks (each a one-line usage error naming the value and what is allowed).
 * A new kind of bandit experiment mixes these in and adds only what is its own.
 */
public final class BanditRunOptions {

  /** The largest horizon a subcommand accepts. */
  public static final long MAX_HORIZON = 1_000_000_000L;

  private static final int MAX_THREADS = 1024;
  private static final int MAX_SEEDS = 100_000;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--horizon", paramLabel = "T", defaultValue = "10000",
      description = "Rounds per run, e.g. 100000 or 1e5 (default: ${DEFAULT-VALUE}).")
  String horizon;

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "10",
      description = "Runs per policy (default: ${DEFAULT-VALUE}).")
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

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--csv", description = "Print CSV (one line per policy and grid round) instead of a table.")
  boolean csv;

  @Option(names = "--no-progress", description = "Do not show a progress bar on the error stream.")
  boolean noProgress;

  /** Checks the options that do not depend on the subcommand; call first. */
  public void validate() {
    if (json && csv) {
      throw usage("give --json or --csv, not both");
    }
    if (seeds < 1 || seeds > MAX_SEEDS) {
      throw usage("--seeds must be in [1, " + MAX_SEEDS + "], got " + seeds);
    }
    threads();
    horizon();
  }

  /** The horizon: a whole number, written plainly (100000, 100_000) or in scientific notation (1e5). */
  public long horizon() {
    String text = horizon.strip().replace("_", "");
    try {
      long value = new BigDecimal(text).longValueExact();
      if (value < 1 || value > MAX_HORIZON) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException | ArithmeticException bad) {
      throw usage("--horizon must be a whole number in [1, " + MAX_HORIZON + "] (e.g. 100000 or 1e5), got '"
          + horizon + "'");
    }
  }

  /** The worker threads: {@code --threads}, or the machine's cores. */
  public int threads() {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1 || workers > MAX_THREADS) {
      throw usage("--threads must be in [1, " + MAX_THREADS + "], got " + workers);
    }
    return workers;
  }

  /** Runs per policy. */
  public int seeds() {
    return seeds;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The plot directory, or null. */
  public Path plotDirectory() {
    return plotDirectory;
  }

  /** True for {@code --json}. */
  public boolean json() {
    return json;
  }

  /** True for {@code --csv}. */
  public boolean csv() {
    return csv;
  }

  /** A progress bar of {@code total} units named {@code label} on {@code err}, or null with {@code --no-progress}. */
  public ProgressBar progress(PrintWriter err, String label, long total) {
    return noProgress ? null : new ProgressBar(err, label, total, ProgressBar.errorStreamIsTerminal());
  }

  /**
   * Splits a comma-separated list of strings (commas inside parentheses stay), naming {@code option} and
   * {@code what} in the usage error.
   */
  public List<String> split(String text, String option, String what) {
    List<String> items;
    try {
      items = AgentList.split(text);
    } catch (IllegalArgumentException bad) {
      throw usage(option + ": " + bad.getMessage().replace("agent list", what + " list"));
    }
    if (items.isEmpty()) {
      throw usage(option + ": give at least one " + what);
    }
    return items;
  }

  /** A usage error (exit code 2) of the subcommand. */
  public ParameterException usage(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }
}
