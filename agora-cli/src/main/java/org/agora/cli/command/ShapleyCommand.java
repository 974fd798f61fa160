package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.cli.cooperative.ProgressGame;
import org.agora.cli.cooperative.ShapleyPlots;
import org.agora.cli.cooperative.ShapleyReport;
import org.agora.cli.cooperative.ShapleyResult;
import org.agora.cli.output.ProgressBar;
import org.agora.cooperative.CoalitionGame;
import org.agora.cooperative.game.CoalitionGames;
import org.agora.cooperative.game.TableGameReader;
import org.agora.cooperative.shapley.ErrorCurves;
import org.agora.cooperative.shapley.ExactShapley;
import org.agora.cooperative.shapley.ShapleyEstimate;
import org.agora.cooperative.shapley.ShapleyEstimator;
import org.agora.cooperative.shapley.ShapleyEstimators;
import org.agora.cooperative.shapley.ShapleyInteraction;
import org.agora.cooperative.shapley.ShapleyInteractionSampling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora shapley}: the Shapley (or Banzhaf) value of a coalition game given as a string of
 * {@link CoalitionGames} or a table CSV ({@link TableGameReader}), by one of the estimators of
 * {@link ShapleyEstimators}; with the exact values and errors when the game has at most {@value
 * ExactShapley#MAX_PLAYERS} players, the efficiency check, the evaluations used, optionally the
 * pairwise interaction indices and an error-versus-budget plot of the sampling estimators.
 */
@Command(
    name = "shapley",
    mixinStandardHelpOptions = true,
    description = "Shapley values of a coalition game: exact or sampled, with standard errors, exact errors,"
        + " interactions and an error-vs-budget plot.",
    footer = {"", "GAME is glove(left=2,right=2), airport(costs=1;2;2;3;5), voting(quota=3,weights=2;1;1),",
        "unanimity(players=3,terms=[0,1]:1) or a CSV file of coalition,value rows."})
public final class ShapleyCommand extends AgoraSubcommand {

  /** Budget of the sampling estimators when none is given. */
  static final long DEFAULT_SAMPLING_BUDGET = 10_000;

  /** Evaluations from which a progress bar is drawn. */
  private static final long PROGRESS_THRESHOLD = 1L << 20;

  @Parameters(index = "0", paramLabel = "GAME|TABLE.csv", description = "A coalition game string or a table CSV file.")
  String gameText;

  @Option(names = "--estimator", paramLabel = "E", defaultValue = "exact",
      description = "exact, permutation, stratified, kernelshap, svarm, stratified-svarm or banzhaf"
          + " (default: ${DEFAULT-VALUE}).")
  String estimatorName;

  @Option(names = "--budget", paramLabel = "B",
      description = "Coalition evaluations allowed (default: 2^n for exact and banzhaf, "
          + DEFAULT_SAMPLING_BUDGET + " for the samplers; the largest budget of --plot).")
  Long budget;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "0",
      description = "Seed of the sampling estimators (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--seeds", paramLabel = "K", defaultValue = "10",
      description = "Seeds per point of the --plot curves, at least 2 (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--interactions", description = "Also print the pairwise Shapley interaction indices"
      + " (exact up to " + ShapleyInteraction.MAX_PLAYERS + " players, sampled with the budget above).")
  boolean interactions;

  @Option(names = "--plot", paramLabel = "DIR",
      description = "Write shapley-error.png and shapley-error.html (self-contained): MSE against budget, log-log,"
          + " one line per sampling estimator.")
  Path plotDirectory;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--csv", description = "Print CSV (one line per player, then per pair) instead of a table.")
  boolean csv;

  @Option(names = "--no-progress", description = "Do not show a progress bar on the error stream.")
  boolean noProgress;

  @Override
  protected int execute() throws IOException {
    if (json && csv) {
      throw usage("give --json or --csv, not both");
    }
    if (budget != null && budget < 1) {
      throw usage("--budget must be at least 1, got " + budget);
    }
    if (plotDirectory != null && seeds < 2) {
      throw usage("--seeds must be at least 2 for --plot, got " + seeds);
    }
    ShapleyEstimator estimator;
    try {
      estimator = ShapleyEstimators.create(estimatorName);
    } catch (IllegalArgumentException unknown) {
      throw usage("--estimator: " + unknown.getMessage());
    }
    CoalitionGame game = resolve(gameText);
    int n = game.playerCount();
    boolean exhaustive = estimator.name().equals("exact") || estimator.name().equals("banzhaf");
    long runBudget = budget != null ? budget : exhaustive && n < 62 ? 1L << n : DEFAULT_SAMPLING_BUDGET;
    boolean exactKnown = n <= ExactShapley.MAX_PLAYERS;
    if (plotDirectory != null && !exactKnown) {
      throw usage("--plot needs the exact values, computable for at most " + ExactShapley.MAX_PLAYERS
          + " players; the game has " + n);
    }
    long work = runBudget + (exactKnown && !exhaustive ? 1L << n : 0);
    ProgressBar bar = noProgress || work < PROGRESS_THRESHOLD ? null
        : new ProgressBar(err(), "evaluations", work, ProgressBar.errorStreamIsTerminal());
    ProgressGame counted = new ProgressGame(game, bar);
    ShapleyEstimate estimate;
    double[] exact = null;
    try {
      estimate = estimator.estimate(counted, runBudget, seed);
      if (estimator.name().equals("exact")) {
        exact = estimate.values();
      } else if (exactKnown && !estimator.name().equals("banzhaf")) {
        exact = new ExactShapley().estimate(counted, 1L << n, 0).values();
      }
    } catch (IllegalArgumentException refused) {
      throw usage(refused.getMessage());
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
    double[] pairValues = null;
    double[] pairErrors = null;
    boolean pairsExact = false;
    if (interactions) {
      try {
        if (n <= ShapleyInteraction.MAX_PLAYERS) {
          pairValues = ShapleyInteraction.exact(game);
          pairErrors = new double[n * n];
          pairsExact = true;
        } else {
          ShapleyInteractionSampling.Estimate sampled = ShapleyInteractionSampling.estimate(game, runBudget, seed);
          pairValues = sampled.values();
          pairErrors = sampled.standardErrors();
        }
      } catch (IllegalArgumentException refused) {
        throw usage("--interactions: " + refused.getMessage());
      }
    }
    ShapleyResult result = new ShapleyResult(game.describe(), n, estimator.name(), runBudget, seed, estimate, exact,
        game.value(game.grandCoalition()) - game.value(0), pairValues, pairErrors, pairsExact);
    out().print(json ? ShapleyReport.json(result) : csv ? ShapleyReport.csv(result) : ShapleyReport.text(result));
    if (plotDirectory != null) {
      plot(game);
    }
    return 0;
  }

  private void plot(CoalitionGame game) throws IOException {
    long[] budgets = ShapleyPlots.budgets(budget != null ? budget : DEFAULT_SAMPLING_BUDGET);
    List<String> names = ShapleyEstimators.samplingNames();
    ProgressBar bar = noProgress ? null
        : new ProgressBar(err(), "error curves", (long) budgets.length * names.size(), ProgressBar.errorStreamIsTerminal());
    List<ErrorCurves.Point> points;
    try {
      points = ShapleyPlots.curves(game, names, budgets, seeds, () -> {
        if (bar != null) {
          bar.advance(1);
          bar.refresh();
        }
      });
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
    List<Path> files = ShapleyPlots.write(plotDirectory, game.describe(), seeds, points);
    if (!json && !csv) {
      out().println("plot: " + files.get(0) + ", " + files.get(1));
    }
  }

  /** A table CSV when the text names a file or ends in .csv, otherwise a coalition game string. */
  private CoalitionGame resolve(String text) {
    try {
      boolean file = text.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") || isFile(text);
      return file ? TableGameReader.read(Path.of(text)) : CoalitionGames.create(text);
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
  }

  private static boolean isFile(String text) {
    try {
      return !text.contains("(") && Files.isRegularFile(Path.of(text));
    } catch (RuntimeException invalidPath) {
      return false;
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
