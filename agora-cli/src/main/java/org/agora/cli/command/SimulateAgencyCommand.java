package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.cli.markets.AgencyReport;
import org.agora.markets.auction.ValueDistribution;
import org.agora.markets.pacing.BidderStrings;
import org.agora.markets.pacing.agency.AgencyOutcome;
import org.agora.markets.pacing.agency.AgencySimulation;
import org.agora.markets.pacing.agency.CoordinatedAgencyBidder;
import org.agora.markets.pacing.agency.IndependentPacingBidders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora simulate agency}: an agency bidding for several budgeted clients in repeated second-price auctions
 * against outside bidders ({@link AgencySimulation}), coordinated ({@link CoordinatedAgencyBidder}, after
 * Chen, Wang, Duan, Sun, Chen, Yan and Deng, "Coordinated Dynamic Bidding in Repeated Second-Price Auctions
 * with Budgets", ICML 2023) against each client paced on its own ({@link IndependentPacingBidders}), on the
 * same draws; prints per-client and total utility, spend against budget and wins; {@code --plot FILE.png} draws
 * the clients' total cumulative utility against the round for both.
 */
@Command(
    name = "agency",
    mixinStandardHelpOptions = true,
    description = "Coordinated vs independent bidding of an agency's budgeted clients in repeated second-price auctions.")
public final class SimulateAgencyCommand extends AgoraSubcommand {

  private static final int MAX_CLIENTS = 1000;

  @Option(names = "--budgets", paramLabel = "B1:B2:...", defaultValue = "150:250:200",
      description = "Each client's budget for the whole run, separated by ':' (default: ${DEFAULT-VALUE}).")
  String budgets;

  @Option(names = "--values", paramLabel = "DIST",
      description = "A client's value distribution: a number, uniform(low,high) or lognormal(mu,sigma); once for all"
          + " clients or once per client (default: uniform(0,1)).")
  List<String> values = new ArrayList<>();

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5000",
      description = "Auctions (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--outsiders", paramLabel = "K", defaultValue = "2",
      description = "Outside bidders (default: ${DEFAULT-VALUE}).")
  int outsiders;

  @Option(names = "--outside-bids", paramLabel = "DIST", defaultValue = "uniform(0,0.8)",
      description = "Each outside bidder's bid distribution (default: ${DEFAULT-VALUE}).")
  String outsideBids;

  @Option(names = "--step", paramLabel = "ETA",
      description = "The dual step size of both (default: 1 / sqrt(rounds)).")
  Double step;

  @Option(names = "--reserve", paramLabel = "R", defaultValue = "0",
      description = "Reserve price (default: ${DEFAULT-VALUE}).")
  double reserve;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "0",
      description = "Seed; both ways of bidding see the same draws (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--plot", paramLabel = "FILE.png", description = "Write a PNG of the clients' total cumulative utility per round, both ways.")
  Path plot;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  @Override
  protected int execute() throws IOException {
    double[] clientBudgets = budgets();
    int clients = clientBudgets.length;
    if (!values.isEmpty() && values.size() != 1 && values.size() != clients) {
      throw usage("--values needs to be given once or once per client (" + clients + "), got " + values.size());
    }
    List<String> valueText = new ArrayList<>();
    ValueDistribution[] distributions = new ValueDistribution[clients];
    for (int i = 0; i < clients; i++) {
      String text = values.isEmpty() ? "uniform(0,1)" : values.get(values.size() == 1 ? 0 : i).strip();
      valueText.add(text);
      distributions[i] = distribution("--values", text);
    }
    ValueDistribution outside = distribution("--outside-bids", outsideBids);
    if (rounds < 1 || rounds > 100_000_000) {
      throw usage("--rounds must be in [1, 100000000], got " + rounds);
    }
    if (outsiders < 0 || outsiders > 10_000) {
      throw usage("--outsiders must be in [0, 10000], got " + outsiders);
    }
    double eta = step == null ? 1 / Math.sqrt(rounds) : step;
    if (!(eta > 0) || Double.isInfinite(eta)) {
      throw usage("--step must be finite and > 0, got " + eta);
    }
    if (!(reserve >= 0) || Double.isInfinite(reserve)) {
      throw usage("--reserve must be finite and >= 0, got " + reserve);
    }
    AgencySimulation simulation;
    try {
      simulation = new AgencySimulation(distributions, outside, outsiders, reserve);
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
    double[] togetherCurve = new double[rounds];
    double[] apartCurve = new double[rounds];
    AgencyOutcome together = simulation.run(new CoordinatedAgencyBidder(clientBudgets, eta), rounds,
        new SplittableRandom(seed), togetherCurve);
    AgencyOutcome apart = simulation.run(new IndependentPacingBidders(clientBudgets, eta), rounds,
        new SplittableRandom(seed), apartCurve);
    AgencyReport report = new AgencyReport(clientBudgets, valueText, outsiders, outsideBids.strip(), rounds, eta, seed,
        together, apart, togetherCurve, apartCurve);
    if (plot != null) {
      report.writePlot(plot);
    }
    out().print(json ? report.json().toPrettyString() + "\n" : report.text());
    if (plot != null) {
      err().println("plot written to " + plot);
    }
    return 0;
  }

  private double[] budgets() {
    String[] parts = budgets.split(":", -1);
    if (parts.length > MAX_CLIENTS) {
      throw usage("--budgets has " + parts.length + " clients; at most " + MAX_CLIENTS);
    }
    double[] result = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      double x;
      try {
        x = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        x = Double.NaN;
      }
      if (!(x > 0) || Double.isInfinite(x)) {
        throw usage("--budgets '" + budgets + "': client " + i + " has budget '" + parts[i].strip()
            + "'; budgets are finite numbers > 0 separated by ':'");
      }
      result[i] = x;
    }
    return result;
  }

  private ValueDistribution distribution(String option, String text) {
    try {
      return BidderStrings.distribution(text);
    } catch (IllegalArgumentException bad) {
      throw usage(option + ": " + bad.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
