package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.agora.cli.CommandFailure;
import org.agora.cli.ErrorReporter;
import org.agora.cli.output.LinePlot;
import org.agora.cli.pseudogame.PseudoGameReport;
import org.agora.cli.pseudogame.PseudoGameStrings;
import org.agora.solvers.pseudogame.ExploitabilityDescent;
import org.agora.solvers.pseudogame.GeneralizedNashEquilibrium;
import org.agora.solvers.pseudogame.PseudoGame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code agora solve pseudo-game NAME}: a generalized Nash equilibrium of a pseudo-game (a Kyoto-style
 * emissions game or a Cobb–Douglas exchange economy, see {@link PseudoGameStrings}) by exploitability
 * descent ({@link ExploitabilityDescent}); prints the profile, each player's best feasible gain, the
 * exploitability, market clearing for economies and the convergence curve (as a PNG with {@code --plot}).
 */
@Command(
    name = "pseudo-game",
    mixinStandardHelpOptions = true,
    description = "Generalized Nash equilibria of pseudo-games by exploitability descent: kyoto(...) emissions"
        + " game, exchange(...) economy.")
public final class SolvePseudoGameCommand extends AgoraSubcommand {

  @Parameters(paramLabel = "NAME", description = "kyoto(benefit=10/8/6,cost=1,damage=0.5,cap=12) or"
      + " exchange(preferences=0.3/0.7:0.6/0.4,endowments=1/0:0/1) (consumers separated by ':', goods by '/').")
  String name;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "20000",
      description = "Most descent steps (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--regularisation", paramLabel = "ALPHA", defaultValue = "0.1",
      description = "Regularisation of the exploitability, > 0 (default: ${DEFAULT-VALUE}).")
  double regularisation;

  @Option(names = "--tolerance", paramLabel = "EPS", defaultValue = "1e-8",
      description = "Stop once the exploitability is at most this (default: ${DEFAULT-VALUE}).")
  double tolerance;

  @Option(names = "--plot", paramLabel = "FILE.png", description = "Draw the convergence curve to a PNG file.")
  Path plot;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  @Override
  protected int execute() {
    if (iterations < 1) {
      throw usage("--iterations must be at least 1, got " + iterations);
    }
    if (!(regularisation > 0) || Double.isInfinite(regularisation)) {
      throw usage("--regularisation must be positive and finite, got " + regularisation);
    }
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw usage("--tolerance must be non-negative and finite, got " + tolerance);
    }
    if (plot != null && !plot.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw usage("--plot writes a PNG file: its name must end in .png, got '" + plot + "'");
    }
    PseudoGame game;
    try {
      game = PseudoGameStrings.parse(name);
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
    long start = System.nanoTime();
    GeneralizedNashEquilibrium result =
        new ExploitabilityDescent(iterations, regularisation, tolerance, 1e-7).solve(game);
    long nanos = System.nanoTime() - start;
    if (plot != null) {
      writePlot(result);
    }
    if (json) {
      out().println(PseudoGameReport.json(name.strip(), game, result, nanos).toPrettyString());
    } else {
      out().print(PseudoGameReport.text(name.strip(), game, result, nanos));
    }
    return 0;
  }

  private void writePlot(GeneralizedNashEquilibrium result) {
    double[] curve = result.curve();
    double[] x = new double[curve.length];
    for (int t = 0; t < x.length; t++) {
      x[t] = t;
    }
    try {
      LinePlot.writePng(plot, "exploitability descent on " + name.strip(), "iteration", "exploitability",
          List.of(new LinePlot.Series("exploitability", x, curve)), true);
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + plot + ": " + ErrorReporter.describeInputOutput(e), e);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
