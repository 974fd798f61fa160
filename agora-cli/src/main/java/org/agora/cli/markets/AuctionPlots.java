package org.agora.cli.markets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.cli.output.LinePlot;
import org.agora.markets.pacing.AuctionSimulationResult;
import org.agora.markets.pacing.AuctionSimulationSpec;
import org.agora.markets.pacing.SimulationCurves;

/**
 * The plots of an auction simulation, drawn from its per-step curves: {@code spend.png} (each bidder's
 * cumulative spend as a share of its budget against the planned share, by step across periods) and
 * {@code pacing.png} (each bidder's bid multiplier and, when any bidder is throttled, its participation
 * probability). At most {@value #MAX_BIDDERS} bidders are drawn, the first ones, so the charts stay legible.
 */
public final class AuctionPlots {

  /** Bidders drawn at most. */
  public static final int MAX_BIDDERS = 8;

  private AuctionPlots() {}

  /** Writes the plots into {@code directory} (created when missing) and returns their paths. */
  public static List<Path> write(Path directory, AuctionSimulationSpec spec, AuctionSimulationResult result)
      throws IOException {
    Files.createDirectories(directory);
    SimulationCurves curves = result.curves();
    int points = curves.periods() * curves.steps();
    int drawn = Math.min(MAX_BIDDERS, curves.bidders());
    double[] x = new double[points];
    for (int i = 0; i < points; i++) {
      x[i] = i + 1;
    }
    List<LinePlot.Series> spend = new ArrayList<>();
    List<LinePlot.Series> pacing = new ArrayList<>();
    boolean throttled = false;
    for (int bidder = 0; bidder < drawn; bidder++) {
      double[] share = new double[points];
      double[] plan = new double[points];
      double[] multiplier = new double[points];
      double[] participation = new double[points];
      boolean budgeted = false;
      for (int period = 0; period < curves.periods(); period++) {
        double budget = result.periods().get(period).bidders().get(bidder).budget();
        boolean limited = budget < org.agora.markets.pacing.BidderSetup.UNLIMITED;
        budgeted |= limited;
        for (int step = 0; step < curves.steps(); step++) {
          int at = period * curves.steps() + step;
          share[at] = limited ? curves.cumulativeSpend(period, step, bidder) / budget : Double.NaN;
          plan[at] = limited ? curves.plannedSpend(period, step, bidder) / budget : Double.NaN;
          multiplier[at] = curves.multiplier(period, step, bidder);
          participation[at] = curves.participation(period, step, bidder);
          throttled |= participation[at] < 1;
        }
      }
      String name = "bidder " + bidder;
      if (budgeted) {
        spend.add(new LinePlot.Series(name, x, share));
        if (bidder == 0) {
          spend.add(new LinePlot.Series("plan of bidder 0", x, plan));
        }
      }
      pacing.add(new LinePlot.Series(name + " multiplier", x, multiplier));
      if (bidder == drawn - 1 && throttled) {
        for (int b = 0; b < drawn; b++) {
          double[] p = new double[points];
          for (int period = 0; period < curves.periods(); period++) {
            for (int step = 0; step < curves.steps(); step++) {
              p[period * curves.steps() + step] = curves.participation(period, step, b);
            }
          }
          pacing.add(new LinePlot.Series("bidder " + b + " participation", x, p));
        }
      }
    }
    List<Path> written = new ArrayList<>();
    String suffix = curves.bidders() > drawn ? " (first " + drawn + " of " + curves.bidders() + " bidders)" : "";
    if (!spend.isEmpty()) {
      Path file = directory.resolve("spend.png");
      LinePlot.writePng(file, spec.format() + ": cumulative spend / budget per step" + suffix,
          "step (" + curves.steps() + " per period)", "share of budget spent", spend, false);
      written.add(file);
    }
    Path file = directory.resolve("pacing.png");
    LinePlot.writePng(file, spec.format() + ": bid multiplier per step" + suffix, "step (" + curves.steps()
        + " per period)", "multiplier / participation", pacing, false);
    written.add(file);
    return written;
  }
}
