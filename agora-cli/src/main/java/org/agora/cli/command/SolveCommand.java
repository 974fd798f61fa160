package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.agora.cli.CommandFailure;
import org.agora.cli.ErrorReporter;
import org.agora.cli.GameResolver;
import org.agora.cli.output.LinePlot;
import org.agora.cli.output.ProgressBar;
import org.agora.cli.solve.SolveMethod;
import org.agora.cli.solve.SolveMethods;
import org.agora.cli.solve.SolveOutput;
import org.agora.cli.solve.SolveReport;
import org.agora.cli.solve.SolveSettings;
import org.agora.core.Game;
import org.agora.core.normalform.NormalFormGame;
import org.agora.io.GambitFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code agora solve GAME --method M}: equilibria of a normal-form game (an extensive game is first
 * reduced to its normal form), printed with exact fractions where the method is exact, in Gambit's
 * {@code NE,...} format with {@code --format gambit}, or as JSON; trajectories of iterative methods
 * are tabulated and, with {@code --plot}, drawn to a PNG file.
 */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description = "Find equilibria of a game: Nash (exact and approximate), correlated, or by learning dynamics.")
public final class SolveCommand extends AgoraSubcommand {

  @Parameters(paramLabel = "GAME", description = "A game string or a .nfg/.efg file (extensive games are reduced to normal form).")
  String gameArgument;

  @Option(names = {"-m", "--method"}, required = true, paramLabel = "METHOD",
      completionCandidates = MethodNames.class, description = "One of: ${COMPLETION-CANDIDATES}.")
  String method;

  /** The registered method names, for the help text. */
  static final class MethodNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SolveMethods.all().keySet().iterator();
    }
  }

  @Option(names = "--iterations", defaultValue = "10000", paramLabel = "N",
      description = "Iterations of iterative methods (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--precision", defaultValue = "1e-6", paramLabel = "EPS",
      description = "Target NashConv of approximate methods (default: ${DEFAULT-VALUE}).")
  double precision;

  @Option(names = "--seed", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--label", defaultValue = "0",
      description = "Starting label of Lemke-Howson (lcp); 0 runs every label (default).")
  int label;

  @Option(names = "--objective", defaultValue = "welfare", paramLabel = "OBJECTIVE",
      description = "Objective of ce/cce: feasible, welfare, maxmin or entropy (default: ${DEFAULT-VALUE}).")
  String objective;

  @Option(names = "--floating", description = "Use floating point where a method also has an exact mode.")
  boolean floating;

  @Option(names = "--sample-every", defaultValue = "0", paramLabel = "K",
      description = "Record the trajectory every K iterations (default: about 200 points).")
  int sampleEvery;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (default) or gambit (one NE,... line per equilibrium).")
  String format;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--plot", paramLabel = "FILE.png", description = "Draw the trajectory or path to a PNG file.")
  Path plot;

  @Option(names = "--max-profiles", defaultValue = "100000", paramLabel = "N",
      description = "Largest reduced normal form of an extensive game (default: ${DEFAULT-VALUE}).")
  long maxProfiles;

  @Option(names = "--no-progress", description = "Do not show a progress bar.")
  boolean noProgress;

  @Override
  protected int execute() throws IOException {
    SolveMethod solver = SolveMethods.all().get(method);
    if (solver == null) {
      throw new ParameterException(spec.commandLine(), "unknown method '" + method + "'; known methods: "
          + String.join(", ", SolveMethods.all().keySet()));
    }
    if (iterations < 1) {
      throw new ParameterException(spec.commandLine(), "--iterations must be >= 1, got " + iterations);
    }
    if (!(precision > 0)) {
      throw new ParameterException(spec.commandLine(), "--precision must be > 0, got " + precision);
    }
    String outputFormat = format.toLowerCase(Locale.ROOT);
    if (!outputFormat.equals("text") && !outputFormat.equals("gambit")) {
      throw new ParameterException(spec.commandLine(), "--format must be text or gambit, got '" + format + "'");
    }
    NormalFormGame game = normalForm(GameResolver.resolve(gameArgument));
    int every = sampleEvery > 0 ? sampleEvery : Math.max(1, iterations / 200);
    SolveSettings settings = new SolveSettings(iterations, precision, seed, label,
        objective.toLowerCase(Locale.ROOT), floating, every);
    ProgressBar progress = noProgress || !solver.reportsProgress() ? null
        : new ProgressBar(err(), method, iterations, ProgressBar.errorStreamIsTerminal());
    long start = System.nanoTime();
    SolveReport report;
    try {
      report = solver.solve(game, settings, progress);
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (plot != null) {
      writePlot(report, game);
    }
    SolveOutput output = new SolveOutput(game, report);
    if (json) {
      output.printJson(out(), method);
    } else if (outputFormat.equals("gambit")) {
      output.printGambit(out());
    } else {
      output.printText(out(), "game:    " + game.name() + "\nmethod:  " + method + " (" + solver.description() + ")"
          + String.format(Locale.ROOT, "\ntime:    %.3f s", seconds));
    }
    return 0;
  }

  private NormalFormGame normalForm(Game game) {
    if (game instanceof NormalFormGame normalForm) {
      return normalForm;
    }
    return GambitFormats.reducedNormalForm(game, maxProfiles);
  }

  private void writePlot(SolveReport report, NormalFormGame game) throws IOException {
    SolveReport.Trajectory curve = report.trajectory();
    if (curve == null) {
      throw new CommandFailure("method " + method + " has no trajectory to plot");
    }
    try {
      LinePlot.writePng(plot, method + " on " + game.name(), curve.xLabel(), curve.yLabel(), curve.series(),
          curve.logarithmicY());
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + plot + ": " + ErrorReporter.describeInputOutput(e), e);
    }
  }
}
