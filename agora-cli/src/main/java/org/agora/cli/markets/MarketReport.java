package org.agora.cli.markets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.markets.equilibrium.ConfidenceInterval;
import org.agora.markets.equilibrium.EquilibriumConditions;
import org.agora.markets.equilibrium.EquilibriumKind;
import org.agora.markets.equilibrium.EquilibriumViolations;
import org.agora.markets.equilibrium.FppeInference;
import org.agora.markets.equilibrium.Market;
import org.agora.markets.equilibrium.MarketEquilibrium;

/** Renders a market equilibrium as text tables or JSON, with its equilibrium-condition check. */
public final class MarketReport {

  /** Goods listed in the text report at most (JSON has them all). */
  public static final int MAX_GOODS_SHOWN = 40;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MarketReport() {}

  /** The text report. */
  public static String text(String source, MarketEquilibrium e, FppeInference.Result inference, long nanos) {
    Market market = e.market();
    EquilibriumViolations violations = EquilibriumConditions.check(e);
    StringBuilder text = new StringBuilder();
    TextTable summary = TextTable.withoutHeaders(2)
        .addRow("market:", source + " (" + market.buyers() + (market.buyers() == 1 ? " buyer, " : " buyers, ")
            + market.goods() + (market.goods() == 1 ? " good)" : " goods)"))
        .addRow("equilibrium:", name(e.kind()) + " by " + e.method())
        .addRow("time:", Numbers.seconds(nanos) + (e.iterations() > 0 ? ", " + e.iterations() + (e.iterations() == 1 ? " iteration" : " iterations") : ""))
        .addRow("revenue:", Numbers.compact(e.revenue()))
        .addRow("welfare:", Numbers.compact(e.welfare()) + " (sum of the buyers' values)")
        .addRow("nash social welfare:", Numbers.compact(e.nashSocialWelfare()))
        .addRow("accuracy:", Numbers.compact(e.accuracy()))
        .addRow("conditions:", "largest violation " + Numbers.compact(violations.max()) + " (overspend "
            + Numbers.compact(violations.overspend()) + ", unspent " + Numbers.compact(violations.unspentBudget())
            + ", supply " + Numbers.compact(violations.supplyMismatch()) + ", best response "
            + Numbers.compact(violations.notBestResponse()) + ", price " + Numbers.compact(violations.priceMismatch()) + ")");
    text.append(summary.render()).append('\n');
    boolean pacing = e.kind() != EquilibriumKind.FISHER;
    TextTable buyers = TextTable.withHeaders("BUYER", "BUDGET", pacing ? "PACING" : "BETA", "SPEND", "LEFTOVER",
        "UTILITY").align(TextTable.Alignment.RIGHT, 0, 1, 2, 3, 4, 5);
    for (int i = 0; i < market.buyers(); i++) {
      buyers.addRow(String.valueOf(i), Numbers.compact(market.budget(i)), Numbers.compact(e.multipliers()[i]),
          Numbers.compact(e.spend()[i]), Numbers.compact(e.leftover(i)), Numbers.compact(e.utilities()[i]));
    }
    text.append(buyers.render()).append('\n');
    TextTable goods = TextTable.withHeaders("GOOD", "PRICE", "SUPPLY", "SOLD", "HOLDERS (buyer:quantity)")
        .align(TextTable.Alignment.RIGHT, 0, 1, 2, 3);
    int shown = Math.min(MAX_GOODS_SHOWN, market.goods());
    for (int j = 0; j < shown; j++) {
      StringBuilder holders = new StringBuilder();
      for (int i = 0; i < market.buyers(); i++) {
        double quantity = e.quantity(i, j);
        if (quantity > 1e-9 * market.supply(j)) {
          holders.append(holders.length() == 0 ? "" : " ").append(i).append(':').append(Numbers.compact(quantity));
        }
      }
      goods.addRow(String.valueOf(j), Numbers.compact(e.prices()[j]), Numbers.compact(market.supply(j)),
          Numbers.compact(e.sold(j)), holders.toString());
    }
    text.append(goods.render());
    if (shown < market.goods()) {
      text.append("... ").append(market.goods() - shown).append(" more goods (see --json)\n");
    }
    if (inference != null) {
      text.append('\n').append("central-limit intervals (goods as i.i.d. sampled items, Liao and Kroer)\n");
      TextTable intervals = TextTable.withHeaders("QUANTITY", "ESTIMATE", "STD ERROR", "LEVEL", "LOW", "HIGH")
          .align(TextTable.Alignment.RIGHT, 1, 2, 3, 4, 5);
      interval(intervals, "revenue", inference.revenue());
      interval(intervals, "nash social welfare", inference.nashSocialWelfare());
      text.append(intervals.render());
    }
    return text.toString();
  }

  private static void interval(TextTable table, String name, ConfidenceInterval interval) {
    table.addRow(name, Numbers.compact(interval.estimate()), Numbers.compact(interval.standardError()),
        Numbers.compact(interval.level()), Numbers.compact(interval.low()), Numbers.compact(interval.high()));
  }

  /** The JSON report. */
  public static ObjectNode json(MarketEquilibrium e, FppeInference.Result inference, long nanos) {
    Market market = e.market();
    ObjectNode node = NODES.objectNode().put("equilibrium", name(e.kind())).put("method", e.method())
        .put("buyers", market.buyers()).put("goods", market.goods());
    AuctionReport.number(node, "revenue", e.revenue());
    AuctionReport.number(node, "welfare", e.welfare());
    AuctionReport.number(node, "nashSocialWelfare", e.nashSocialWelfare());
    AuctionReport.number(node, "accuracy", e.accuracy());
    node.put("iterations", e.iterations()).put("seconds", nanos / 1e9);
    AuctionReport.number(node, "largestViolation", EquilibriumConditions.check(e).max());
    array(node.putArray("prices"), e.prices());
    array(node.putArray(e.kind() == EquilibriumKind.FISHER ? "beta" : "pacing"), e.multipliers());
    array(node.putArray("spend"), e.spend());
    array(node.putArray("utilities"), e.utilities());
    ArrayNode allocation = node.putArray("allocation");
    for (int i = 0; i < market.buyers(); i++) {
      ArrayNode row = allocation.addArray();
      for (int j = 0; j < market.goods(); j++) {
        row.add(e.quantity(i, j));
      }
    }
    if (inference != null) {
      ObjectNode intervals = node.putObject("intervals");
      intervalJson(intervals.putObject("revenue"), inference.revenue());
      intervalJson(intervals.putObject("nashSocialWelfare"), inference.nashSocialWelfare());
    }
    return node;
  }

  private static void intervalJson(ObjectNode node, ConfidenceInterval interval) {
    AuctionReport.number(node, "estimate", interval.estimate());
    AuctionReport.number(node, "standardError", interval.standardError());
    node.put("level", interval.level());
    AuctionReport.number(node, "low", interval.low());
    AuctionReport.number(node, "high", interval.high());
  }

  private static void array(ArrayNode array, double[] values) {
    for (double value : values) {
      if (Double.isFinite(value)) {
        array.add(value);
      } else {
        array.addNull();
      }
    }
  }

  private static String name(EquilibriumKind kind) {
    return switch (kind) {
      case FISHER -> "fisher";
      case FIRST_PRICE_PACING -> "fppe";
      case SECOND_PRICE_PACING -> "sppe";
    };
  }
}
