package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.cli.CommandFailure;
import org.agora.cli.DeepStack;
import org.agora.cli.ErrorReporter;
import org.agora.cli.GameResolver;
import org.agora.cli.output.LinePlot;
import org.agora.cli.output.ProgressBar;
import org.agora.cli.solve.SolveMethod;
import org.agora.cli.solve.SolveMethods;
import org.agora.cli.solve.SolveOutput;
import org.agora.cli.solve.SolveReport;
import org.agora.cli.solve.SolveSettings;
import org.agora.cli.treesolve.TreeCompilation;
import org.agora.cli.treesolve.TreeMethod;
import org.agora.cli.treesolve.TreeMethods;
import org.agora.cli.treesolve.TreeReport;
import org.agora.cli.treesolve.TreeSettings;
import org.agora.cli.treesolve.TreeSolveOutput;
import org.agora.core.Game;
import org.agora.core.normalform.NormalFormGame;
import org.agora.io.GambitFormats;
import org.agora.io.PolicyJson;
import org.agora.solvers.cfr.Convergence;
import org.agora.solvers.tree.GameTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code agora solve GAME --method M}: equilibria of a normal-form game (an extensive game is first
 * reduced to its normal form), printed with exact fractions where the method is exact, in Gambit's
 * {@code NE,...} format with {@code --format gambit}, or as JSON; trajectories of iterative methods
 * are tabulated and, with {@code --plot}, drawn to a PNG file.
 *
 * <p>Tree methods (CFR family, Monte Carlo CFR, XFP, sequence form) work on the compiled game tree
 * instead: they print the convergence curve of the average policy's exploitability, each player's
 * expected return and best-response gain, and the policy; {@code --save} writes it as JSON.
 */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description = "Find equilibria: Nash (exact and approximate), correlated, learning dynamics, CFR family, sequence form.")
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
      List<String> names = new ArrayList<>(SolveMethods.all().keySet());
      names.addAll(TreeMethods.all().keySet());
      return names.iterator();
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

  @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
      description = "Worker threads of tree methods that support them (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--alpha", defaultValue = "1.5", description = "Discounted CFR's alpha (default: ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--beta", defaultValue = "0", description = "Discounted CFR's beta (default: ${DEFAULT-VALUE}).")
  double beta;

  @Option(names = "--gamma", defaultValue = "2", description = "Discounted CFR's gamma (default: ${DEFAULT-VALUE}).")
  double gamma;

  @Option(names = "--epsilon", defaultValue = "0.6",
      description = "Exploration of outcome-sampling MCCFR (default: ${DEFAULT-VALUE}).")
  double epsilon;

  @Option(names = "--save", paramLabel = "POLICY.json", description = "Write the policy of a tree method to a JSON file.")
  Path save;

  @Option(names = "--show-policy", description = "Print the policy of a tree method even when it is large.")
  boolean showPolicy;

  @Option(names = "--max-nodes", defaultValue = "20000000", paramLabel = "N",
      description = "Largest game tree tree methods compile (default: ${DEFAULT-VALUE}).")
  long maxNodes;

  @Override
  protected int execute() throws IOException {
    SolveMethod solver = SolveMethods.all().get(method);
    TreeMethod treeMethod = TreeMethods.all().get(method);
    if (solver == null && treeMethod == null) {
      List<String> known = new ArrayList<>(SolveMethods.all().keySet());
      known.addAll(TreeMethods.all().keySet());
      throw new ParameterException(spec.commandLine(), "unknown method '" + method + "'; known methods: "
          + String.join(", ", known));
    }
    if (treeMethod != null) {
      return solveTree(treeMethod);
    }
    if (save != null) {
      throw new ParameterException(spec.commandLine(), "--save applies to tree methods ("
          + String.join(", ", TreeMethods.all().keySet()) + "), not to " + method);
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

  private int solveTree(TreeMethod treeMethod) throws IOException {
    if (iterations < 1) {
      throw new ParameterException(spec.commandLine(), "--iterations must be >= 1, got " + iterations);
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be >= 1, got " + threads);
    }
    if (!(epsilon > 0 && epsilon <= 1)) {
      throw new ParameterException(spec.commandLine(), "--epsilon must be in (0, 1], got " + epsilon);
    }
    if (maxNodes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-nodes must be >= 1, got " + maxNodes);
    }
    if (!format.equalsIgnoreCase("text")) {
      throw new ParameterException(spec.commandLine(), "--format " + format + " applies to normal-form methods only");
    }
    Game game = GameResolver.resolve(gameArgument);
    boolean exact = treeMethod.needsExactValues() && !floating;
    GameTree tree = TreeCompilation.compile(game, maxNodes, exact);
    int every = sampleEvery > 0 ? sampleEvery : Math.max(1, iterations / 50);
    TreeSettings settings = new TreeSettings(iterations, every, seed, threads, alpha, beta, gamma, epsilon, floating);
    ProgressBar progress = noProgress || !treeMethod.iterative() ? null
        : new ProgressBar(err(), method, iterations, ProgressBar.errorStreamIsTerminal());
    long start = System.nanoTime();
    TreeReport report;
    try {
      report = DeepStack.call("solving", () -> treeMethod.solve(tree, settings, progress));
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (plot != null) {
      writeTreePlot(report, game);
    }
    if (save != null) {
      try {
        PolicyJson.write(tree.toPolicy(report.behaviour()), game.name(), save);
      } catch (IOException e) {
        throw new CommandFailure("cannot write " + save + ": " + ErrorReporter.describeInputOutput(e), e);
      }
    }
    TreeSolveOutput output = DeepStack.call("evaluating the policy", () -> new TreeSolveOutput(tree, report));
    if (json) {
      output.printJson(out(), method, seconds);
    } else {
      output.printText(out(), "game:    " + game.name() + "\nmethod:  " + method + " (" + treeMethod.description() + ")"
          + String.format(Locale.ROOT, "\ntree:    %,d nodes, %,d information states (compiled in %.3f s)",
              tree.nodeCount(), tree.infosetCount(), tree.buildMillis() / 1000)
          + String.format(Locale.ROOT, "\ntime:    %.3f s", seconds)
          + (save != null ? "\nsaved:   " + save : ""), showPolicy);
    }
    return 0;
  }

  private void writeTreePlot(TreeReport report, Game game) throws IOException {
    Convergence.Curve curve = report.curve();
    if (curve == null) {
      throw new CommandFailure("method " + method + " has no convergence curve to plot");
    }
    double[] x = new double[curve.iterations().length];
    for (int i = 0; i < x.length; i++) {
      x[i] = curve.iterations()[i];
    }
    try {
      String measure = TreeReport.label(curve.measure());
      LinePlot.writePng(plot, method + " on " + game.name(), "iteration", measure,
          List.of(new LinePlot.Series(measure + " of the average policy", x, curve.values())), true);
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + plot + ": " + ErrorReporter.describeInputOutput(e), e);
    }
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
