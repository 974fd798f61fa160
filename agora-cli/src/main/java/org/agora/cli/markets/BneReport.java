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
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.equilibrium.BneLearningResult;
import org.agora.markets.equilibrium.BneLearningSettings;

/**
 * Renders {@code agora simulate bne}: the learned symmetric bid function on a grid of values next to the analytic
 * equilibrium ({@code (n-1) v / n} in first price, {@code v} in second price; {@link
 * BneLearningSettings#equilibriumBid}), the L2 distance between them and the learner's budget.
 *
 * @param result the learned bid function
 * @param grid the values shown (0 to 1)
 * @param nanos the learning time
 */
public record BneReport(BneLearningResult result, int grid, long nanos) {

  /** Points of the plotted curves. */
  public static final int PLOT_POINTS = 201;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private String formatName() {
    return result.settings().format() == SingleItemFormat.FIRST_PRICE ? "first-price" : "second-price";
  }

  private String analyticName() {
    BneLearningSettings settings = result.settings();
    return settings.format() == SingleItemFormat.FIRST_PRICE
        ? "(n-1)v/n = " + (settings.bidders() - 1) + "v/" + settings.bidders() : "v (truthful)";
  }

  private double value(int k) {
    return grid == 1 ? 1 : (double) k / (grid - 1);
  }

  /** The text report. */
  public String text() {
    BneLearningSettings settings = result.settings();
    StringBuilder text = new StringBuilder();
    text.append(TextTable.withoutHeaders(2)
        .addRow("auction:", formatName() + ", " + settings.bidders() + " bidders with i.i.d. U[0,1] values")
        .addRow("learner:", result.method() + ", " + Numbers.grouped(settings.iterations()) + " iterations of "
            + Numbers.grouped(settings.batch()) + " value profiles, " + settings.knots() + " knots, learning rate "
            + Numbers.compact(settings.learningRate()) + ", in " + Numbers.seconds(nanos))
        .addRow("equilibrium:", analyticName())
        .addRow("seed:", Long.toString(settings.seed()))
        .render()).append('\n');
    TextTable table = TextTable.withHeaders("VALUE", "LEARNED BID", "EQUILIBRIUM BID", "DIFFERENCE")
        .align(TextTable.Alignment.RIGHT, 0, 1, 2, 3);
    for (int k = 0; k < grid; k++) {
      double v = value(k);
      double learned = result.bid(v);
      double analytic = settings.equilibriumBid(v);
      table.addRow(Numbers.fixed(v, 3), Numbers.fixed(learned, 4), Numbers.fixed(analytic, 4),
          Numbers.fixed(learned - analytic, 4));
    }
    text.append(table.render());
    text.append("L2 distance to the equilibrium, sqrt(int_0^1 (b(v) - b*(v))^2 dv): ")
        .append(Numbers.fixed(result.distanceToEquilibrium(), 5)).append('\n');
    return text.toString();
  }

  /** The report as JSON. */
  public ObjectNode json() {
    BneLearningSettings settings = result.settings();
    ObjectNode node = NODES.objectNode().put("kind", "simulate-bne").put("format", formatName())
        .put("bidders", settings.bidders()).put("method", result.method()).put("knots", settings.knots())
        .put("iterations", settings.iterations()).put("batch", settings.batch());
    AuctionReport.number(node, "learningRate", settings.learningRate());
    node.put("seed", settings.seed()).put("seconds", nanos / 1e9);
    ArrayNode knots = node.putArray("knotBids");
    for (double b : result.knotBids()) {
      knots.add(b);
    }
    ArrayNode points = node.putArray("grid");
    for (int k = 0; k < grid; k++) {
      double v = value(k);
      ObjectNode point = points.addObject();
      AuctionReport.number(point, "value", v);
      AuctionReport.number(point, "learned", result.bid(v));
      AuctionReport.number(point, "equilibrium", settings.equilibriumBid(v));
    }
    AuctionReport.number(node, "distance", result.distanceToEquilibrium());
    return node;
  }

  /** Plots the learned and the analytic bid functions over [0, 1]. */
  public void writePlot(Path file) throws IOException {
    double[] x = new double[PLOT_POINTS];
    double[] learned = new double[PLOT_POINTS];
    double[] analytic = new double[PLOT_POINTS];
    for (int k = 0; k < PLOT_POINTS; k++) {
      x[k] = (double) k / (PLOT_POINTS - 1);
      learned[k] = result.bid(x[k]);
      analytic[k] = result.settings().equilibriumBid(x[k]);
    }
    LinePlot.writePng(file, formatName() + ", " + result.settings().bidders() + " bidders: learned bid function ("
        + result.method() + ")", "value v", "bid b(v)", List.of(new LinePlot.Series("learned", x, learned),
            new LinePlot.Series("equilibrium " + analyticName(), x, analytic)), false);
  }
}
