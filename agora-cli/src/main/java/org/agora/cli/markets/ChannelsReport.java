package org.agora.cli.markets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.agora.cli.output.LinePlot;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;

/** Renders {@code agora simulate channels} ({@link ChannelsExperiment}): text, JSON and the regret curve. */
public final class ChannelsReport {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ChannelsReport() {}

  /** The text report: the channels, then the optimum against SGD-UCB. */
  public static String text(ChannelsExperiment.Setting setting, ChannelsExperiment.Outcome outcome, long nanos) {
    StringBuilder text = new StringBuilder();
    text.append(TextTable.withoutHeaders(2)
        .addRow("channels:", setting.channels() + ", budget " + Numbers.compact(setting.budget()) + " per period, ROI"
            + " target " + Numbers.compact(setting.roi()) + " (conversions >= target x spend)")
        .addRow("learner:", "SGD-UCB, " + (setting.levels() + 1) + " budget levels per channel, noise "
            + Numbers.compact(setting.noise()) + ", " + Numbers.grouped(setting.periods()) + " periods in "
            + Numbers.seconds(nanos))
        .addRow("optimum:", "LP optimum of the expected instance (" + Numbers.grouped(setting.samples())
            + " sampled periods pooled; budget-only allocation)")
        .addRow("seed:", Long.toString(setting.seed()))
        .render()).append('\n');
    TextTable channels = TextTable.withHeaders("CHANNEL", "AUCTIONS", "CONVERSIONS", "PRICES", "OPTIMAL BUDGET",
        "BEST GRID BUDGET", "SGD-UCB MEAN BUDGET", "SGD-UCB CONVERSIONS").align(TextTable.Alignment.RIGHT, 0, 1, 4, 5, 6, 7);
    for (int j = 0; j < setting.channels(); j++) {
      channels.addRow(String.valueOf(j), String.valueOf(setting.auctions()[j]), setting.valueText().get(j),
          setting.priceText().get(j), Numbers.fixed(outcome.optimumBudgets()[j], 3),
          Numbers.fixed(outcome.grid().budgets()[j], 3),
          Numbers.fixed(outcome.meanBudgets()[j], 3), Numbers.fixed(outcome.channelConversions()[j], 3));
    }
    text.append(channels.render()).append('\n');
    TextTable totals = TextTable.withHeaders("PER PERIOD", "CONVERSIONS", "SPEND", "ROI", "REGRET", "ROI VIOLATION")
        .align(TextTable.Alignment.RIGHT, 1, 2, 3, 4, 5);
    totals.addRow("optimum", Numbers.fixed(outcome.optimum(), 4), Numbers.fixed(outcome.optimumSpend(), 4),
        ratio(outcome.optimum(), outcome.optimumSpend()), "", "");
    ChannelsExperiment.Grid grid = outcome.grid();
    totals.addRow("best grid budgets", Numbers.fixed(grid.conversions(), 4), Numbers.fixed(grid.spend(), 4),
        ratio(grid.conversions(), grid.spend()), "", "");
    totals.addRow("best mix of grid budgets", Numbers.fixed(grid.mixture(), 4), "", "", "", "");
    totals.addRow("SGD-UCB", Numbers.fixed(outcome.conversions(), 4), Numbers.fixed(outcome.spend(), 4),
        ratio(outcome.conversions(), outcome.spend()), Numbers.fixed(outcome.regret(), 4),
        Numbers.fixed(outcome.roiViolation(), 4));
    text.append(totals.render());
    text.append("regret = optimum - SGD-UCB's conversions, per period; the LP optimum is fluid (any budgets,\n"
        + "periods pooled), so it tends to the grid's gap, not to 0. Against SGD-UCB's own comparator, the best\n"
        + "mix of grid budgets: ").append(Numbers.fixed(grid.regret(), 4)).append(" per period\n");
    return text.toString();
  }

  /** The report as JSON. */
  public static ObjectNode json(ChannelsExperiment.Setting setting, ChannelsExperiment.Outcome outcome) {
    ObjectNode node = NODES.objectNode().put("kind", "simulate-channels");
    ArrayNode channels = node.putArray("channels");
    for (int j = 0; j < setting.channels(); j++) {
      ObjectNode channel = channels.addObject().put("channel", j).put("auctions", setting.auctions()[j])
          .put("conversions", setting.valueText().get(j)).put("prices", setting.priceText().get(j));
      AuctionReport.number(channel, "optimalBudget", outcome.optimumBudgets()[j]);
      AuctionReport.number(channel, "meanBudget", outcome.meanBudgets()[j]);
      AuctionReport.number(channel, "meanConversions", outcome.channelConversions()[j]);
    }
    AuctionReport.number(node, "budget", setting.budget());
    AuctionReport.number(node, "roi", setting.roi());
    node.put("levels", setting.levels());
    AuctionReport.number(node, "noise", setting.noise());
    node.put("periods", setting.periods()).put("samples", setting.samples()).put("seed", setting.seed());
    AuctionReport.number(node, "optimum", outcome.optimum());
    AuctionReport.number(node, "optimumSpend", outcome.optimumSpend());
    AuctionReport.number(node, "conversions", outcome.conversions());
    AuctionReport.number(node, "spend", outcome.spend());
    AuctionReport.number(node, "regretPerPeriod", outcome.regret());
    AuctionReport.number(node, "roiViolationPerPeriod", outcome.roiViolation());
    AuctionReport.number(node, "dual", outcome.dual());
    ObjectNode grid = node.putObject("bestGridBudgets");
    AuctionReport.number(grid, "conversions", outcome.grid().conversions());
    AuctionReport.number(grid, "spend", outcome.grid().spend());
    AuctionReport.number(grid, "mixture", outcome.grid().mixture());
    AuctionReport.number(grid, "regretPerPeriod", outcome.grid().regret());
    ArrayNode gridBudgets = grid.putArray("budgets");
    for (double b : outcome.grid().budgets()) {
      if (Double.isFinite(b)) {
        gridBudgets.add(b);
      } else {
        gridBudgets.addNull();
      }
    }
    ArrayNode curve = node.putArray("regretCurve");
    for (int k = 0; k < outcome.curvePeriods().length; k++) {
      ObjectNode point = curve.addObject().put("period", (long) outcome.curvePeriods()[k]);
      AuctionReport.number(point, "regretPerPeriod", outcome.curveRegret()[k]);
      AuctionReport.number(point, "gridRegretPerPeriod", outcome.curveRegret()[k] - outcome.optimum()
          + outcome.grid().mixture());
    }
    return node;
  }

  /** Plots the average regret per period against t. */
  public static void writePlot(Path file, ChannelsExperiment.Setting setting, ChannelsExperiment.Outcome outcome)
      throws IOException {
    LinePlot.writePng(file, "SGD-UCB over " + setting.channels() + " channels: average regret per period",
        "period t", "benchmark - average conversions", series(outcome), false);
  }

  private static List<LinePlot.Series> series(ChannelsExperiment.Outcome outcome) {
    double[] x = outcome.curvePeriods();
    double[] fluid = outcome.curveRegret();
    List<LinePlot.Series> series = new java.util.ArrayList<>();
    series.add(new LinePlot.Series("against the LP optimum", x, fluid));
    double[] grid = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      grid[k] = fluid[k] - outcome.optimum() + outcome.grid().mixture();
    }
    series.add(new LinePlot.Series("against the best mix of grid budgets", x, grid));
    return series;
  }

  private static String ratio(double conversions, double spend) {
    return Numbers.fixed(spend > 0 ? conversions / spend : Double.NaN, 3);
  }
}
