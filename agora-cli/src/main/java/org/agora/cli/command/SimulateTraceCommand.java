package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.agora.cli.markets.TraceHindsight;
import org.agora.cli.markets.TraceReport;
import org.agora.cli.output.ProgressBar;
import org.agora.core.GameSpec;
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.auction.ValueTrace;
import org.agora.markets.pacing.BidderSetup;
import org.agora.markets.pacing.BidderStrings;
import org.agora.markets.pacing.BiddingAgent;
import org.agora.markets.pacing.Campaign;
import org.agora.markets.pacing.SingleSamplePlanPacer;
import org.agora.markets.pacing.TraceReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora simulate trace FILE.csv}: replays one budgeted bidder through a recorded market, a CSV trace of
 * (value, highest competing bid) ({@link ValueTrace}, {@link TraceReplay}), with any agent of
 * {@link BidderStrings} or {@code robust(step=..,floor=..)} ({@link SingleSamplePlanPacer}, whose single sample
 * is {@code --sample}); prints spend against budget, value, wins and ROI next to the best fixed multiplier in
 * hindsight on the trace ({@link TraceHindsight}); {@code --plot FILE.png} draws cumulative spend against the
 * even plan (and the robust pacer's target expenditure).
 */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = "Replay one budgeted bidder through a CSV trace of (value, highest competing bid).")
public final class SimulateTraceCommand extends AgoraSubcommand {

  @Parameters(index = "0", paramLabel = "FILE.csv",
      description = "The trace: one auction per line, value,highest_competing_bid (a header line is allowed).")
  Path file;

  @Option(names = "--pacing", paramLabel = "AGENT", defaultValue = "truthful",
      description = "The agent: truthful, shaded(factor=..), dual(step=..), pid(kp=..,ki=..), throttle(gain=..) or"
          + " robust(step=..,floor=..), which needs --sample (default: ${DEFAULT-VALUE}). The budget comes from"
          + " --budget.")
  String pacing;

  @Option(names = "--budget", paramLabel = "B", required = true,
      description = "The bidder's budget over the whole trace (finite, > 0).")
  double budget;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "second-price",
      description = "first-price or second-price (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--steps", paramLabel = "S", defaultValue = "48",
      description = "Decision steps the trace is split into evenly; the agent adapts once per step"
          + " (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--sample", paramLabel = "SAMPLE.csv",
      description = "A trace in the same format from an earlier period (e.g. yesterday's log), the single sample"
          + " from which robust pacing learns its spend plan.")
  Path sample;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "0",
      description = "Seed of the throttling draws (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--plot", paramLabel = "FILE.png",
      description = "Write a PNG of cumulative spend against the even plan (and the robust plan's target).")
  Path plot;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  @Option(names = "--no-progress", description = "Do not show a progress bar on the error stream.")
  boolean noProgress;

  @Override
  protected int execute() throws IOException {
    SingleItemFormat auctionFormat = switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "first-price", "first_price" -> SingleItemFormat.FIRST_PRICE;
      case "second-price", "second_price" -> SingleItemFormat.SECOND_PRICE;
      default -> throw usage("--format must be first-price or second-price, got '" + format + "'");
    };
    if (!(budget > 0) || Double.isInfinite(budget)) {
      throw usage("--budget must be finite and > 0, got " + budget);
    }
    if (steps < 1) {
      throw usage("--steps must be >= 1, got " + steps);
    }
    ValueTrace trace = read(file);
    if (trace.size() < steps) {
      throw usage("the trace has " + trace.size() + " auctions, fewer than the " + steps + " steps");
    }
    GameSpec agentSpec;
    try {
      agentSpec = GameSpec.parse(pacing);
    } catch (IllegalArgumentException bad) {
      throw usage("bad agent string '" + pacing + "': " + bad.getMessage());
    }
    boolean robust = agentSpec.name().equals("robust");
    BiddingAgent agent;
    Campaign campaign;
    try {
      if (robust) {
        if (sample == null) {
          throw usage("robust pacing learns its plan from one sample: give --sample SAMPLE.csv");
        }
        ValueTrace sampled = read(sample);
        agent = SingleSamplePlanPacer.parse(pacing, sampled.values(), sampled.competing());
        campaign = Campaign.even(budget, Double.NaN, steps);
      } else {
        if (sample != null) {
          throw usage("--sample is the single sample of robust pacing; " + agentSpec.name() + " does not use one");
        }
        BidderSetup setup = BidderStrings.parse(withBudget(agentSpec.arguments()));
        agent = setup.agents().get();
        campaign = setup.campaign(steps);
      }
    } catch (ParameterException usage) {
      throw usage;
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
    TraceReplay.Result result = TraceReplay.replay(trace, agent, campaign, auctionFormat, 0, seed);
    double[] target = agent instanceof SingleSamplePlanPacer pacer ? pacer.targetExpenditure() : null;
    ProgressBar progress = noProgress ? null : new ProgressBar(err(), "hindsight replays",
        TraceHindsight.replays(trace), ProgressBar.errorStreamIsTerminal());
    TraceHindsight.Best best = TraceHindsight.best(trace, budget, auctionFormat, progress);
    if (progress != null) {
      progress.finish();
    }
    TraceReport report = new TraceReport(file.toString(), pacing.strip(), auctionFormat, budget, steps, trace.size(),
        seed, result, target, best);
    if (plot != null) {
      report.writePlot(plot);
    }
    out().print(json ? report.json().toPrettyString() + "\n" : report.text());
    if (plot != null) {
      err().println("plot written to " + plot);
    }
    return 0;
  }

  /** The agent string with {@code budget=B} added; refuses what a trace fixes (budget, values, CPA target). */
  private String withBudget(Map<String, String> arguments) {
    for (String key : new String[] {"budget", "cpa", "ctr", "cvr", "value"}) {
      if (arguments.containsKey(key)) {
        throw usage("--pacing '" + pacing + "' sets " + key + "; in a trace replay the budget comes from --budget"
            + " and the values from the trace");
      }
    }
    String text = pacing.strip();
    int open = text.indexOf('(');
    String amount = Double.toString(budget);
    if (open < 0) {
      return text + "(budget=" + amount + ")";
    }
    boolean empty = text.substring(open + 1).strip().startsWith(")");
    return text.substring(0, open + 1) + "budget=" + amount + (empty ? "" : ",") + text.substring(open + 1);
  }

  private ValueTrace read(Path path) {
    try {
      return ValueTrace.read(path);
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
