package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.cli.CommandFailure;
import org.agora.cli.DeepStack;
import org.agora.cli.ErrorReporter;
import org.agora.cli.GameResolver;
import org.agora.cli.output.LinePlot;
import org.agora.cli.output.ProgressBar;
import org.agora.cli.Interrupts;
import org.agora.cli.solve.SolveOutput;
import org.agora.cli.solve.SolveProgress;
import org.agora.cli.solve.SolverOptions;
import org.agora.cli.treesolve.TreeSolveOutput;
import org.agora.core.Game;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.core.solve.ConvergenceCurve;
import org.agora.core.solve.NormalFormSolveResult;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolveResult;
import org.agora.core.solve.SolverConfiguration;
import org.agora.core.solve.SolverInput;
import org.agora.core.solve.SolverOptionException;
import org.agora.core.solve.SolverProvider;
import org.agora.core.solve.SolverRegistry;
import org.agora.core.solve.Trajectory;
import org.agora.core.solve.TreeSolveResult;
import org.agora.io.PolicyJson;
import org.agora.solvers.provider.SolveJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code agora solve GAME --method M}: runs a registered solver ({@link SolverRegistry}) through the
 * library's {@link SolveJob} and renders its result. Normal-form solvers print equilibria with exact
 * fractions where the solver is exact, in Gambit's {@code NE,...} format with {@code --format gambit},
 * or as JSON (an extensive game is first reduced to its normal form); trajectories of iterative
 * methods are tabulated and, with {@code --plot}, drawn to a PNG file.
 *
 * <p>Tree solvers (CFR family, Monte Carlo CFR, XFP, sequence form) work on the compiled game tree
 * instead: they print the convergence curve of the average policy's exploitability, each player's
 * expected return and best-response gain, and the policy; {@code --save} writes it as JSON.
 *
 * <p>The solver options ({@code --iterations}, {@code --threads}, {@code --objective}, ...) are not
 * declared here: {@link SolverOptions} adds one per parameter the solvers declare, and a flag the
 * chosen solver does not declare is a usage error.
 */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    modelTransformer = SolverOptions.class,
    subcommands = {SolveMarketCommand.class, SolvePseudoGameCommand.class},
    customSynopsis = {"agora solve [OPTIONS] -m=METHOD GAME", "   or: agora solve market [OPTIONS] FILE",
        "   or: agora solve pseudo-game [OPTIONS] NAME"},
    description = "Find equilibria: Nash (exact and approximate), correlated, learning dynamics, CFR family, sequence form;"
        + " market equilibria with 'agora solve market FILE'; generalized Nash equilibria of pseudo-games with"
        + " 'agora solve pseudo-game NAME' (or --method gne).")
public final class SolveCommand extends AgoraSubcommand {

  /**
   * The generalized Nash equilibrium of a pseudo-game: not a registered solver (a pseudo-game is not an
   * Agora game), so {@code agora solve NAME --method gne} runs {@code agora solve pseudo-game NAME}
   * ({@link SolvePseudoGameCommand}), passing on {@code --iterations}, {@code --json} and {@code --plot}.
   */
  static final String GNE = "gne";

  @Parameters(paramLabel = "GAME", arity = "0..1", description = "A game string or a .nfg/.efg file (extensive games are reduced to normal form).")
  String gameArgument;

  /*
   * GAME and --method are required, but checked in execute(): picocli would otherwise demand them before
   * the market subcommand too.
   */
  @Option(names = {"-m", "--method"}, paramLabel = "METHOD",
      completionCandidates = MethodNames.class, description = "One of: ${COMPLETION-CANDIDATES}.")
  String method;

  /** The registered method names, for the help text. */
  static final class MethodNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      List<String> names = new ArrayList<>(SolverRegistry.names());
      names.add(GNE);
      return names.iterator();
    }
  }

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (default) or gambit (one NE,... line per equilibrium).")
  String format;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--plot", paramLabel = "FILE.png", description = "Draw the trajectory or path to a PNG file.")
  Path plot;

  @Option(names = "--no-progress", description = "Do not show a progress bar.")
  boolean noProgress;

  @Option(names = "--save", paramLabel = "POLICY.json", description = "Write the policy of a tree method to a JSON file.")
  Path save;

  @Option(names = "--show-policy", description = "Print the policy of a tree method even when it is large.")
  boolean showPolicy;

  @Override
  protected int execute() throws IOException {
    if (gameArgument == null || method == null) {
      throw new ParameterException(spec.commandLine(), gameArgument == null && method == null
          ? "Missing required options and parameters: '--method=METHOD', 'GAME'"
          : method == null ? "Missing required option: '--method=METHOD'" : "Missing required parameter: 'GAME'");
    }
    if (method.equals(GNE)) {
      return generalizedNash();
    }
    if (!SolverRegistry.names().contains(method)) {
      throw new ParameterException(spec.commandLine(), "unknown method '" + method + "'; known methods: "
          + String.join(", ", SolverRegistry.names()) + ", " + GNE);
    }
    SolverProvider provider = SolverRegistry.provider(method);
    boolean tree = provider.input() == SolverInput.GAME_TREE;
    SolveLimits limits = SolverOptions.limits(spec.commandLine());
    if (tree) {
      if (!format.equalsIgnoreCase("text")) {
        throw new ParameterException(spec.commandLine(), "--format " + format + " applies to normal-form methods only");
      }
    } else {
      if (save != null) {
        throw new ParameterException(spec.commandLine(), "--save applies to tree methods ("
            + String.join(", ", treeMethods()) + "), not to " + method);
      }
    }
    String outputFormat = format.toLowerCase(Locale.ROOT);
    if (!outputFormat.equals("text") && !outputFormat.equals("gambit")) {
      throw new ParameterException(spec.commandLine(), "--format must be text or gambit, got '" + format + "'");
    }
    Map<String, String> options = SolverOptions.chosen(spec.commandLine(), provider);
    SolverConfiguration solver = SolverRegistry.configure(provider, options);
    Game game = GameResolver.resolve(gameArgument);
    SolveResult result;
    try {
      result = run(game, solver, limits);
    } catch (CancelledRun cancelled) {
      err().println("agora: " + cancelled.getMessage());
      err().flush();
      return INTERRUPTED;
    }
    String header = "game:    " + result.gameName() + "\nmethod:  " + method + " (" + provider.description() + ")";
    String time = String.format(Locale.ROOT, "\ntime:    %.3f s", result.seconds());
    if (result instanceof TreeSolveResult treeResult) {
      if (plot != null) {
        writeTreePlot(treeResult.curve(), game);
      }
      if (save != null) {
        try {
          PolicyJson.write(treeResult.tabularPolicy(), game.name(), save);
        } catch (IOException e) {
          throw new CommandFailure("cannot write " + save + ": " + ErrorReporter.describeInputOutput(e), e);
        }
      }
      TreeSolveOutput output = new TreeSolveOutput(treeResult);
      if (json) {
        output.printJson(out());
      } else {
        output.printText(out(), header
            + String.format(Locale.ROOT, "\ntree:    %,d nodes, %,d information states (compiled in %.3f s)",
                treeResult.tree().nodes(), treeResult.tree().informationStates(), treeResult.tree().buildMillis() / 1000)
            + time + (save != null ? "\nsaved:   " + save : ""), showPolicy);
      }
      return 0;
    }
    NormalFormSolveResult normalForm = (NormalFormSolveResult) result;
    if (plot != null) {
      writePlot(normalForm);
    }
    SolveOutput output = new SolveOutput(normalForm);
    if (json) {
      output.printJson(out());
    } else if (outputFormat.equals("gambit")) {
      output.printGambit(out());
    } else {
      output.printText(out(), header + time);
    }
    return 0;
  }

  /** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
  static final int INTERRUPTED = 130;

  /** A run stopped by Ctrl-C; the message says after how much work. */
  private static final class CancelledRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CancelledRun(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Runs the solver on a deep stack, showing its progress (iterations, pivots, support pairs or
   * bases) unless {@code --no-progress}; Ctrl-C sets the job's cancellation flag, which the solver
   * polls at every step, so the run stops cleanly with one line.
   */
  private SolveResult run(Game game, SolverConfiguration solver, SolveLimits limits) {
    SolverProvider provider = solver.provider();
    SolveProgress progress = new SolveProgress(err(), method, provider.progressUnit(), ProgressBar.errorStreamIsTerminal());
    ProgressListener listener = noProgress ? ProgressListener.NONE : progress;
    Cancellation cancellation = Cancellation.create();
    JobContext context = JobContext.sequential(listener, cancellation);
    try (Interrupts interrupts = Interrupts.cancel(cancellation)) {
      return DeepStack.call("solving", () -> SolveJob.solve(game, solver, limits, context));
    } catch (JobCancelledException e) {
      progress.finish();
      throw new CancelledRun(method + " on " + game.name() + " cancelled (Ctrl-C)"
          + (noProgress ? "" : String.format(Locale.ROOT, " after %,d %s", progress.done(), progress.unit())));
    } catch (SolverOptionException e) {
      throw new ParameterException(spec.commandLine(), SolverOptions.flag(e.option()) + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().contains(" has more than " + limits.maxNodes() + " nodes")) {
        throw new CommandFailure(e.getMessage()
            + " (see --max-nodes; larger trees may need more memory: JAVA_TOOL_OPTIONS=-Xmx...)");
      }
      throw e;
    } finally {
      progress.finish();
    }
  }

  private static List<String> treeMethods() {
    List<String> names = new ArrayList<>();
    for (SolverProvider provider : SolverRegistry.providers()) {
      if (provider.input() == SolverInput.GAME_TREE) {
        names.add(provider.name());
      }
    }
    return names;
  }

  private void writeTreePlot(ConvergenceCurve curve, Game game) throws IOException {
    if (curve == null) {
      throw new CommandFailure("method " + method + " has no convergence curve to plot");
    }
    double[] x = new double[curve.iterations().length];
    for (int i = 0; i < x.length; i++) {
      x[i] = curve.iterations()[i];
    }
    try {
      String measure = curve.measure();
      LinePlot.writePng(plot, method + " on " + game.name(), "iteration", measure,
          List.of(new LinePlot.Series(measure + " of the average policy", x, curve.values())), true);
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + plot + ": " + ErrorReporter.describeInputOutput(e), e);
    }
  }

  private void writePlot(NormalFormSolveResult result) throws IOException {
    Trajectory curve = result.trajectory();
    if (curve == null) {
      throw new CommandFailure("method " + method + " has no trajectory to plot");
    }
    try {
      LinePlot.writePng(plot, method + " on " + result.gameName(), curve.xLabel(), curve.yLabel(),
          SolveOutput.plotSeries(curve), curve.logarithmicY());
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + plot + ": " + ErrorReporter.describeInputOutput(e), e);
    }
  }

  private int generalizedNash() {
    List<String> forwarded = new ArrayList<>(List.of(gameArgument));
    var iterations = spec.commandLine().getParseResult().matchedOption("--iterations");
    if (iterations != null) {
      forwarded.add("--iterations");
      forwarded.add(String.valueOf((Object) iterations.getValue()));
    }
    for (var option : spec.commandLine().getParseResult().matchedOptions()) {
      String name = option.longestName();
      if (!List.of("--iterations", "--json", "--plot", "--method", "--no-progress").contains(name)) {
        throw new ParameterException(spec.commandLine(), name + " does not apply to --method gne; see agora solve "
            + "pseudo-game --help");
      }
    }
    if (json) {
      forwarded.add("--json");
    }
    if (plot != null) {
      forwarded.add("--plot");
      forwarded.add(plot.toString());
    }
    return spec.commandLine().getSubcommands().get("pseudo-game").execute(forwarded.toArray(String[]::new));
  }
}
