package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.cli.markets.ChannelsExperiment;
import org.agora.cli.markets.ChannelsReport;
import org.agora.cli.output.ProgressBar;
import org.agora.markets.auction.ValueDistribution;
import org.agora.markets.pacing.BidderStrings;
import org.agora.markets.pacing.multichannel.SgdUcbBudgetAllocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora simulate channels}: multi-channel autobidding (Deng et al., ICML 2023) — SGD-UCB
 * ({@link SgdUcbBudgetAllocator}) learns per-channel budgets under bandit feedback over {@code T} periods of a
 * stochastic market, against the LP optimum of the expected instance ({@link ChannelsExperiment}); prints both,
 * the regret and the ROI violation per period, with a progress bar over periods; {@code --plot FILE.png} draws
 * the average regret per period against t.
 */
@Command(
    name = "channels",
    mixinStandardHelpOptions = true,
    description = "Multi-channel budget allocation: SGD-UCB under bandit feedback against the global LP optimum.")
public final class SimulateChannelsCommand extends AgoraSubcommand {

  private static final int MAX_CHANNELS = 100;
  private static final int MAX_AUCTIONS = 1_000_000;

  @Option(names = "--channels", paramLabel = "C", defaultValue = "3",
      description = "Number of channels (default: ${DEFAULT-VALUE}).")
  int channels;

  @Option(names = "--auctions", paramLabel = "N[,N...]", split = ",", defaultValue = "10",
      description = "Auctions per period on each channel: one number for all, or one per channel"
          + " (default: ${DEFAULT-VALUE}).")
  List<Integer> auctions = new ArrayList<>();

  @Option(names = "--conversions", paramLabel = "DIST",
      description = "Conversions of an auction: a number, uniform(low,high) or lognormal(mu,sigma); give it once for"
          + " all channels or once per channel (default: uniform(0,1)).")
  List<String> conversions = new ArrayList<>();

  @Option(names = "--prices", paramLabel = "DIST",
      description = "Price (highest competing bid) of an auction, as --conversions; once, or once per channel"
          + " (default: uniform(0,0.6), uniform(0,1.2), uniform(0,1.8), ... for channel 1, 2, 3, ...).")
  List<String> prices = new ArrayList<>();

  @Option(names = "--budget", paramLabel = "RHO", defaultValue = "3",
      description = "Budget per period over all channels (default: ${DEFAULT-VALUE}).")
  double budget;

  @Option(names = "--roi", paramLabel = "GAMMA", defaultValue = "2.5",
      description = "ROI target: conversions >= GAMMA x spend on average; 0 for none (default: ${DEFAULT-VALUE}).")
  double roi;

  @Option(names = "--levels", paramLabel = "K", defaultValue = "8",
      description = "SGD-UCB's budget grid: budgets k x RHO / K, k = 0..K (default: ${DEFAULT-VALUE}).")
  int levels;

  @Option(names = "--noise", paramLabel = "SIGMA", defaultValue = "0.5",
      description = "SGD-UCB's scale of one channel's conversions per period, for its confidence widths"
          + " (default: ${DEFAULT-VALUE}).")
  double noise;

  @Option(names = "--periods", paramLabel = "T", defaultValue = "2000",
      description = "Periods (default: ${DEFAULT-VALUE}).")
  int periods;

  @Option(names = "--samples", paramLabel = "M", defaultValue = "2000",
      description = "Periods sampled and pooled into the expected instance whose LP optimum is the benchmark"
          + " (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "0",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--plot", paramLabel = "FILE.png", description = "Write a PNG of the average regret per period vs t.")
  Path plot;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  @Option(names = "--no-progress", description = "Do not show a progress bar on the error stream.")
  boolean noProgress;

  @Override
  protected int execute() throws IOException {
    ChannelsExperiment.Setting setting = setting();
    ProgressBar progress = noProgress ? null
        : new ProgressBar(err(), "periods", periods, ProgressBar.errorStreamIsTerminal());
    long start = System.nanoTime();
    ChannelsExperiment.Outcome outcome = ChannelsExperiment.run(setting, progress);
    long nanos = System.nanoTime() - start;
    if (progress != null) {
      progress.finish();
    }
    if (plot != null) {
      ChannelsReport.writePlot(plot, setting, outcome);
    }
    out().print(json ? ChannelsReport.json(setting, outcome).toPrettyString() + "\n"
        : ChannelsReport.text(setting, outcome, nanos));
    if (plot != null) {
      err().println("plot written to " + plot);
    }
    return 0;
  }

  private ChannelsExperiment.Setting setting() {
    if (channels < 1 || channels > MAX_CHANNELS) {
      throw usage("--channels must be in [1, " + MAX_CHANNELS + "], got " + channels);
    }
    if (auctions.size() != 1 && auctions.size() != channels) {
      throw usage("--auctions needs one number or one per channel (" + channels + "), got " + auctions.size());
    }
    int[] counts = new int[channels];
    for (int j = 0; j < channels; j++) {
      counts[j] = auctions.get(auctions.size() == 1 ? 0 : j);
      if (counts[j] < 1 || counts[j] > MAX_AUCTIONS) {
        throw usage("--auctions must be in [1, " + MAX_AUCTIONS + "], got " + counts[j]);
      }
    }
    List<String> valueText = perChannel("--conversions", conversions, j -> "uniform(0,1)");
    List<String> priceText = perChannel("--prices", prices, j -> "uniform(0," + trim(0.6 * (j + 1)) + ")");
    ValueDistribution[] values = distributions("--conversions", valueText);
    ValueDistribution[] priceDistributions = distributions("--prices", priceText);
    if (!(budget > 0) || Double.isInfinite(budget)) {
      throw usage("--budget must be finite and > 0, got " + budget);
    }
    if (!(roi >= 0) || Double.isInfinite(roi)) {
      throw usage("--roi must be finite and >= 0, got " + roi);
    }
    if (levels < 1 || levels > 1000) {
      throw usage("--levels must be in [1, 1000], got " + levels);
    }
    if (!(noise > 0) || Double.isInfinite(noise)) {
      throw usage("--noise must be finite and > 0, got " + noise);
    }
    if (periods < 1) {
      throw usage("--periods must be >= 1, got " + periods);
    }
    long pooled = 0;
    for (int count : counts) {
      pooled += (long) count * samples;
    }
    if (samples < 1 || pooled > 20_000_000L) {
      throw usage("--samples must be >= 1 and pool at most 20,000,000 auctions, got " + samples + " (" + pooled
          + " auctions)");
    }
    return new ChannelsExperiment.Setting(counts, values, priceDistributions, valueText, priceText, budget, roi,
        levels, noise, periods, samples, seed);
  }

  private List<String> perChannel(String option, List<String> given, java.util.function.IntFunction<String> fallback) {
    if (!given.isEmpty() && given.size() != 1 && given.size() != channels) {
      throw usage(option + " needs to be given once or once per channel (" + channels + "), got " + given.size());
    }
    List<String> result = new ArrayList<>(channels);
    for (int j = 0; j < channels; j++) {
      result.add(given.isEmpty() ? fallback.apply(j) : given.get(given.size() == 1 ? 0 : j).strip());
    }
    return result;
  }

  private ValueDistribution[] distributions(String option, List<String> texts) {
    ValueDistribution[] result = new ValueDistribution[texts.size()];
    for (int j = 0; j < result.length; j++) {
      try {
        result[j] = BidderStrings.distribution(texts.get(j));
      } catch (IllegalArgumentException bad) {
        throw usage(option + ": " + bad.getMessage());
      }
    }
    return result;
  }

  private static String trim(double x) {
    String text = String.format(java.util.Locale.ROOT, "%.4f", x).replaceAll("0+$", "");
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
