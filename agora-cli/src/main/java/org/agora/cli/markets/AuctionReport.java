package org.agora.cli.markets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.cli.output.CsvWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.markets.pacing.AuctionSimulationResult;
import org.agora.markets.pacing.AuctionSimulationSpec;
import org.agora.markets.pacing.BidderPeriodResult;
import org.agora.markets.pacing.BidderSetup;
import org.agora.markets.pacing.PeriodResult;
import org.agora.markets.pacing.RegretResult;

/**
 * Renders an auction simulation's specification and result: the stored JSON (kind, specification,
 * per period totals, per bidder totals and regret; the per-step curves go to plots, not to the
 * database), text tables and CSV.
 */
public final class AuctionReport {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AuctionReport() {}

  /** A run title such as {@code gsp: 48 bidders, 1 period x 500,000 auctions}. */
  public static String title(AuctionSimulationSpec spec) {
    return spec.format() + ": " + spec.bidders().size() + (spec.bidders().size() == 1 ? " bidder, " : " bidders, ")
        + spec.periods() + (spec.periods() == 1 ? " period" : " periods") + " x " + Numbers.grouped(spec.opportunities())
        + " auctions";
  }

  /** The specification as JSON. */
  public static ObjectNode specJson(AuctionSimulationSpec spec) {
    ObjectNode node = NODES.objectNode().put("kind", spec.kind()).put("format", spec.format());
    ArrayNode bidders = node.putArray("bidders");
    spec.bidders().forEach(bidders::add);
    node.put("periods", spec.periods()).put("steps", spec.steps()).put("opportunities", spec.opportunities());
    number(node, "reserve", spec.reserve());
    node.put("ties", spec.ties());
    ArrayNode exposure = node.putArray("exposure");
    spec.exposure().forEach(exposure::add);
    return node.put("regretBidder", spec.regretBidder()).put("seed", spec.seed());
  }

  /** The result as JSON, with its specification. */
  public static ObjectNode resultJson(AuctionSimulationSpec spec, AuctionSimulationResult result) {
    ObjectNode node = NODES.objectNode().put("kind", spec.kind());
    node.set("spec", specJson(spec));
    node.put("auctions", result.auctions());
    number(node, "revenue", result.totalRevenue());
    ArrayNode periods = node.putArray("periods");
    for (PeriodResult period : result.periods()) {
      ObjectNode row = periods.addObject().put("period", period.period()).put("auctions", period.auctions());
      number(row, "revenue", period.revenue());
      number(row, "welfare", period.welfare());
      ArrayNode bidders = row.putArray("bidders");
      for (BidderPeriodResult bidder : period.bidders()) {
        ObjectNode entry = bidders.addObject().put("bidder", bidder.bidder()).put("agent", bidder.description());
        number(entry, "budget", unlimitedAsNaN(bidder.budget()));
        number(entry, "cpaTarget", bidder.cpaTarget());
        number(entry, "spend", bidder.spend());
        number(entry, "value", bidder.value());
        number(entry, "conversions", bidder.conversions());
        number(entry, "cpa", bidder.cpa());
        number(entry, "roi", bidder.roi());
        number(entry, "score", bidder.score());
        entry.put("entered", bidder.entered()).put("wins", bidder.wins());
      }
    }
    ArrayNode regret = node.putArray("regret");
    for (RegretResult entry : result.regret()) {
      ObjectNode row = regret.addObject().put("bidder", entry.bidder()).put("period", entry.period());
      number(row, "bestMultiplier", entry.bestMultiplier());
      number(row, "bestValue", entry.bestValue());
      number(row, "realisedValue", entry.realisedValue());
      number(row, "regret", entry.regret());
    }
    return node;
  }

  /** One CSV line per period and bidder. */
  public static String csv(AuctionSimulationResult result) {
    CsvWriter writer = new CsvWriter("period", "bidder", "agent", "budget", "cpa_target", "spend", "value",
        "conversions", "cpa", "roi", "score", "entered", "wins");
    for (PeriodResult period : result.periods()) {
      for (BidderPeriodResult bidder : period.bidders()) {
        writer.row(period.period(), bidder.bidder(), bidder.description(), unlimitedAsNaN(bidder.budget()),
            bidder.cpaTarget(), bidder.spend(), bidder.value(), bidder.conversions(), bidder.cpa(), bidder.roi(),
            bidder.score(), bidder.entered(), bidder.wins());
      }
    }
    return writer.toString();
  }

  /** The text report: a summary, revenue and welfare per period, bidders over all periods, regret. */
  public static String text(AuctionSimulationSpec spec, AuctionSimulationResult result, long nanos, int threads,
      String stored) {
    StringBuilder text = new StringBuilder();
    double seconds = Math.max(1e-9, nanos / 1e9);
    TextTable summary = TextTable.withoutHeaders(2)
        .addRow("format:", rules(spec))
        .addRow("bidders:", bidderSummary(spec.bidders()))
        .addRow("auctions:", spec.periods() + (spec.periods() == 1 ? " period" : " periods") + " x " + spec.steps()
            + " steps, " + Numbers.grouped(result.auctions()) + " auctions in " + Numbers.seconds(nanos) + " ("
            + Numbers.grouped(Math.round(result.auctions() / seconds)) + " auctions/s, " + threads
            + (threads == 1 ? " thread)" : " threads)"))
        .addRow("seed:", Long.toString(spec.seed()))
        .addRow("stored:", stored);
    text.append(summary.render()).append('\n');
    TextTable periods = TextTable.withHeaders("PERIOD", "REVENUE", "WELFARE", "REVENUE/WELFARE")
        .align(TextTable.Alignment.RIGHT, 0, 1, 2, 3);
    for (PeriodResult period : result.periods()) {
      periods.addRow(String.valueOf(period.period()), Numbers.compact(period.revenue()), Numbers.compact(period.welfare()),
          Numbers.fixed(period.welfare() > 0 ? period.revenue() / period.welfare() : Double.NaN, 3));
    }
    text.append(periods.render()).append('\n');
    text.append("bidders, totals over all periods (score: the AuctionNet score, summed over periods)\n");
    TextTable bidders = TextTable.withHeaders("BIDDER", "AGENT", "BUDGET", "SPEND", "SPENT", "VALUE", "CONVERSIONS",
        "CPA", "CPA TARGET", "ROI", "SCORE", "WINS").align(TextTable.Alignment.RIGHT, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    for (BidderTotals total : totals(result).values()) {
      bidders.addRow(String.valueOf(total.bidder), shortened(total.agent), total.unlimited ? "none" : Numbers.compact(total.budget),
          Numbers.compact(total.spend), total.unlimited ? "n/a" : Numbers.fixed(100 * total.spend / total.budget, 1) + "%",
          Numbers.compact(total.value), Numbers.compact(total.conversions),
          Numbers.compact(total.conversions > 0 ? total.spend / total.conversions : Double.NaN),
          Numbers.compact(total.cpaTarget), Numbers.fixed(total.spend > 0 ? total.value / total.spend : Double.NaN, 3),
          Numbers.compact(total.score), Numbers.grouped(total.wins));
    }
    text.append(bidders.render());
    if (!result.regret().isEmpty()) {
      text.append('\n').append("regret of bidder ").append(result.regret().get(0).bidder())
          .append(" against the best fixed multiplier in hindsight (others' bids held fixed)\n");
      TextTable regret = TextTable.withHeaders("PERIOD", "BEST MULTIPLIER", "BEST VALUE", "REALISED VALUE", "REGRET")
          .align(TextTable.Alignment.RIGHT, 0, 1, 2, 3, 4);
      for (RegretResult entry : result.regret()) {
        regret.addRow(String.valueOf(entry.period()), Numbers.fixed(entry.bestMultiplier(), 3),
            Numbers.compact(entry.bestValue()), Numbers.compact(entry.realisedValue()), Numbers.compact(entry.regret()));
      }
      text.append(regret.render());
    }
    return text.toString();
  }

  private static String rules(AuctionSimulationSpec spec) {
    org.agora.markets.auction.AuctionRules rules = spec.rules();
    StringBuilder text = new StringBuilder(spec.format());
    if (rules.isPosition()) {
      text.append(", ").append(rules.slots()).append(rules.slots() == 1 ? " slot" : " slots").append(" with exposure ");
      double[] exposure = rules.exposure();
      for (int k = 0; k < exposure.length; k++) {
        text.append(k == 0 ? "[" : ", ").append(Numbers.compact(exposure[k]));
      }
      text.append(']');
    }
    return text.append(", reserve ").append(Numbers.compact(spec.reserve())).append(", ties ").append(spec.ties())
        .toString();
  }

  /** An agent string cut to about 32 characters at a parameter boundary ({@code pid(budget=400,cpa=8,...)}). */
  public static String shortened(String agent) {
    if (agent.length() <= 32) {
      return agent;
    }
    int cut = agent.lastIndexOf(',', 28);
    return (cut > 0 ? agent.substring(0, cut) : agent.substring(0, 28)) + ",...)";
  }

  private static String bidderSummary(List<String> bidders) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    bidders.forEach(bidder -> counts.merge(bidder, 1, Integer::sum));
    StringBuilder text = new StringBuilder().append(bidders.size()).append(": ");
    int shown = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (shown++ == 4) {
        text.append(", ...");
        break;
      }
      text.append(shown > 1 ? ", " : "").append(entry.getKey()).append(entry.getValue() > 1 ? " x " + entry.getValue() : "");
    }
    return text.toString();
  }

  private static final class BidderTotals {
    int bidder;
    String agent;
    boolean unlimited;
    double budget;
    double cpaTarget;
    double spend;
    double value;
    double conversions;
    double score;
    long wins;
  }

  private static Map<Integer, BidderTotals> totals(AuctionSimulationResult result) {
    Map<Integer, BidderTotals> totals = new LinkedHashMap<>();
    for (PeriodResult period : result.periods()) {
      for (BidderPeriodResult bidder : period.bidders()) {
        BidderTotals total = totals.computeIfAbsent(bidder.bidder(), key -> new BidderTotals());
        total.bidder = bidder.bidder();
        total.agent = bidder.description();
        total.unlimited = bidder.budget() >= BidderSetup.UNLIMITED;
        total.budget += bidder.budget();
        total.cpaTarget = bidder.cpaTarget();
        total.spend += bidder.spend();
        total.value += bidder.value();
        total.conversions += bidder.conversions();
        total.score += bidder.score();
        total.wins += bidder.wins();
      }
    }
    return totals;
  }

  private static double unlimitedAsNaN(double budget) {
    return budget >= BidderSetup.UNLIMITED ? Double.NaN : budget;
  }

  /** Puts {@code value}, or null when it is not finite (JSON has no NaN or infinity). */
  static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}
