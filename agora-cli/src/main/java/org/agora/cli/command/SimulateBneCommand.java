package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.agora.cli.markets.BneReport;
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.equilibrium.BneLearningResult;
import org.agora.markets.equilibrium.BneLearningSettings;
import org.agora.markets.equilibrium.NpgaBneLearner;
import org.agora.markets.equilibrium.SmoothedGradientBneLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora simulate bne}: learns the symmetric Bayes–Nash equilibrium of a first- or second-price auction
 * with i.i.d. U[0,1] values ({@link BneLearningSettings}) by smoothed first-order gradients
 * ({@link SmoothedGradientBneLearner}, Kohring, Pieroth and Bichler, ICML 2023) or by the zeroth-order NPGA
 * baseline ({@link NpgaBneLearner}); prints the learned bid function on a grid of values next to the analytic
 * equilibrium and the L2 distance; {@code --plot FILE.png} draws both bid functions.
 */
@Command(
    name = "bne",
    mixinStandardHelpOptions = true,
    description = "Learn the symmetric Bayes-Nash equilibrium of a single-item auction and compare it with the analytic one.")
public final class SimulateBneCommand extends AgoraSubcommand {

  private static final int MAX_BIDDERS = 1000;
  private static final long MAX_WORK = 100_000_000_000L;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "first-price",
      description = "first-price or second-price (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--bidders", paramLabel = "N", defaultValue = "3",
      description = "Bidders, at least 2 (default: ${DEFAULT-VALUE}).")
  int bidders;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "smoothed",
      description = "smoothed (first-order gradients of a softmax-smoothed auction) or npga (zeroth-order"
          + " evolution-strategies estimates) (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--iterations", paramLabel = "I", defaultValue = "2000",
      description = "Adam steps (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--batch", paramLabel = "B", defaultValue = "1024",
      description = "Value profiles per step (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--knots", paramLabel = "K", defaultValue = "11",
      description = "Knots of the piecewise-linear bid function over [0, 1] (default: ${DEFAULT-VALUE}).")
  int knots;

  @Option(names = "--learning-rate", paramLabel = "R", defaultValue = "0.01",
      description = "Adam's initial step size, in (0, 1], decaying linearly to 0 (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--grid", paramLabel = "G", defaultValue = "11",
      description = "Values shown in the table, evenly spaced over [0, 1] (default: ${DEFAULT-VALUE}).")
  int grid;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "0",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--plot", paramLabel = "FILE.png", description = "Write a PNG of the learned and the analytic bid functions.")
  Path plot;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  @Override
  protected int execute() throws IOException {
    SingleItemFormat auctionFormat = switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "first-price", "first_price" -> SingleItemFormat.FIRST_PRICE;
      case "second-price", "second_price" -> SingleItemFormat.SECOND_PRICE;
      default -> throw usage("--format must be first-price or second-price, got '" + format + "'");
    };
    boolean smoothed = switch (method.strip().toLowerCase(Locale.ROOT)) {
      case "smoothed" -> true;
      case "npga" -> false;
      default -> throw usage("--method must be smoothed or npga, got '" + method + "'");
    };
    if (bidders > MAX_BIDDERS) {
      throw usage("--bidders must be in [2, " + MAX_BIDDERS + "], got " + bidders);
    }
    if (grid < 2 || grid > 10_001) {
      throw usage("--grid must be in [2, 10001], got " + grid);
    }
    BneLearningSettings settings;
    try {
      settings = new BneLearningSettings(auctionFormat, bidders, knots, iterations, batch, learningRate, seed);
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
    if ((double) iterations * batch * bidders > MAX_WORK) {
      throw usage("--iterations x --batch x --bidders is " + (long) ((double) iterations * batch * bidders)
          + "; at most " + MAX_WORK);
    }
    long start = System.nanoTime();
    BneLearningResult result = smoothed ? SmoothedGradientBneLearner.learn(settings) : NpgaBneLearner.learn(settings);
    BneReport report = new BneReport(result, grid, System.nanoTime() - start);
    if (plot != null) {
      report.writePlot(plot);
    }
    out().print(json ? report.json().toPrettyString() + "\n" : report.text());
    if (plot != null) {
      err().println("plot written to " + plot);
    }
    return 0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
