package org.agora.cli.markets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.cli.output.LinePlot;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.pacing.TraceReplay;

/**
 * Renders a trace replay ({@code agora simulate trace}): the agent's spend against its budget, value, wins and
 * ROI (value per unit spent), the best fixed multiplier in hindsight and the regret against it, as text, JSON
 * and a plot of cumulative spend against the even plan (and a robust pacer's target expenditure).
 *
 * @param source the trace file
 * @param agent the agent string
 * @param format the auction format
 * @param budget the budget
 * @param steps the decision steps
 * @param auctions the trace's auctions
 * @param seed the seed
 * @param result the replay
 * @param target the robust pacer's target expenditure per step, or null for other agents
 * @param best the best fixed multiplier in hindsight
 */
public record TraceReport(String source, String agent, SingleItemFormat format, double budget, int steps,
    int auctions, long seed, TraceReplay.Result result, double[] target, TraceHindsight.Best best) {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private String formatName() {
    return format == SingleItemFormat.FIRST_PRICE ? "first-price" : "second-price";
  }

  /** The regret: the best fixed multiplier's value minus the agent's. */
  public double regret() {
    return best.value() - result.value();
  }

  /** The text report. */
  public String text() {
    StringBuilder text = new StringBuilder();
    text.append(TextTable.withoutHeaders(2)
        .addRow("trace:", source + ", " + Numbers.grouped(auctions) + " auctions in " + steps + " steps, "
            + formatName())
        .addRow("agent:", agent)
        .addRow("seed:", Long.toString(seed))
        .render()).append('\n');
    TextTable table = TextTable.withHeaders("BIDDER", "MULTIPLIER", "BUDGET", "SPEND", "SPENT", "VALUE", "WINS", "ROI")
        .align(TextTable.Alignment.RIGHT, 1, 2, 3, 4, 5, 6, 7);
    double[] multipliers = result.multiplier();
    table.addRow(agent, "mean " + Numbers.fixed(mean(multipliers), 3), Numbers.compact(budget),
        Numbers.compact(result.spend()), Numbers.fixed(100 * result.spend() / budget, 1) + "%",
        Numbers.compact(result.value()), Numbers.grouped(result.wins()), roi(result.value(), result.spend()));
    table.addRow("best fixed multiplier", Numbers.fixed(best.multiplier(), 4), Numbers.compact(budget),
        Numbers.compact(best.spend()), Numbers.fixed(100 * best.spend() / budget, 1) + "%",
        Numbers.compact(best.value()), Numbers.grouped(best.wins()), roi(best.value(), best.spend()));
    text.append(table.render()).append('\n');
    text.append("regret against the best fixed multiplier in hindsight: ").append(Numbers.compact(regret()))
        .append(" value (").append(Numbers.fixed(best.value() > 0 ? 100 * regret() / best.value() : 0, 1))
        .append("% of its value); ").append(Numbers.grouped(best.candidates()))
        .append(best.exact() ? " breakpoints scanned, exact\n" : " breakpoint quantiles scanned, a lower bound\n");
    return text.toString();
  }

  /** The report as JSON. */
  public ObjectNode json() {
    ObjectNode node = NODES.objectNode().put("kind", "simulate-trace").put("trace", source).put("agent", agent)
        .put("format", formatName());
    AuctionReport.number(node, "budget", budget);
    node.put("steps", steps).put("auctions", auctions).put("seed", seed);
    AuctionReport.number(node, "spend", result.spend());
    AuctionReport.number(node, "value", result.value());
    node.put("wins", result.wins());
    AuctionReport.number(node, "roi", result.spend() > 0 ? result.value() / result.spend() : Double.NaN);
    ArrayNode multipliers = node.putArray("multiplier");
    for (double m : result.multiplier()) {
      multipliers.add(m);
    }
    ArrayNode cumulative = node.putArray("cumulativeSpend");
    for (double s : result.cumulativeSpend()) {
      cumulative.add(s);
    }
    if (target != null) {
      ArrayNode plan = node.putArray("targetExpenditure");
      for (double t : target) {
        plan.add(t);
      }
    }
    ObjectNode hindsight = node.putObject("bestFixedMultiplier");
    AuctionReport.number(hindsight, "multiplier", best.multiplier());
    AuctionReport.number(hindsight, "value", best.value());
    AuctionReport.number(hindsight, "spend", best.spend());
    hindsight.put("wins", best.wins()).put("candidates", best.candidates()).put("exact", best.exact());
    AuctionReport.number(node, "regret", regret());
    return node;
  }

  /** Writes cumulative spend per step against the even plan (and the robust target) as a PNG. */
  public void writePlot(Path file) throws IOException {
    double[] x = new double[steps];
    double[] plan = new double[steps];
    double[] planned = target == null ? null : new double[steps];
    double running = 0;
    for (int s = 0; s < steps; s++) {
      x[s] = s + 1;
      plan[s] = budget * (s + 1) / steps;
      if (planned != null) {
        running += target[s];
        planned[s] = running;
      }
    }
    List<LinePlot.Series> series = new ArrayList<>();
    series.add(new LinePlot.Series(agent, x, result.cumulativeSpend()));
    series.add(new LinePlot.Series("even plan", x, plan));
    if (planned != null) {
      series.add(new LinePlot.Series("robust plan (target expenditure)", x, planned));
    }
    LinePlot.writePng(file, formatName() + " trace replay: cumulative spend, budget " + Numbers.compact(budget),
        "step", "cumulative spend", series, false);
  }

  private static String roi(double value, double spend) {
    return Numbers.fixed(spend > 0 ? value / spend : Double.NaN, 3);
  }

  private static double mean(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return values.length == 0 ? Double.NaN : total / values.length;
  }
}
