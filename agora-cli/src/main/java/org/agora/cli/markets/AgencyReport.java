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
import org.agora.markets.pacing.agency.AgencyOutcome;

/**
 * Renders {@code agora simulate agency}: per client and in total, the utility (value won minus payments),
 * spend against budget and wins of coordinated agency bidding and of independent pacing on the same draws.
 *
 * @param budgets each client's budget
 * @param values each client's value distribution, as given
 * @param outsiders the outside bidders
 * @param outsideBids their bid distribution, as given
 * @param rounds the auctions
 * @param step the dual step size
 * @param seed the seed
 * @param coordinated the coordinated agency's outcome
 * @param independent the independent pacers' outcome
 * @param coordinatedCurve the coordinated clients' total utility after each round
 * @param independentCurve the independent clients' total utility after each round
 */
public record AgencyReport(double[] budgets, List<String> values, int outsiders, String outsideBids, int rounds,
    double step, long seed, AgencyOutcome coordinated, AgencyOutcome independent, double[] coordinatedCurve,
    double[] independentCurve) {

  /** Points of the plotted curves at most (evenly spaced rounds). */
  public static final int PLOT_POINTS = 1000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The text report. */
  public String text() {
    StringBuilder text = new StringBuilder();
    text.append(TextTable.withoutHeaders(2)
        .addRow("auctions:", Numbers.grouped(rounds) + " second-price auctions, " + budgets.length
            + (budgets.length == 1 ? " client" : " clients") + " of one agency against " + outsiders
            + " outside bidders bidding " + outsideBids)
        .addRow("pacing:", "dual step " + Numbers.compact(step) + "; both runs see the same draws")
        .addRow("seed:", Long.toString(seed))
        .render()).append('\n');
    TextTable table = TextTable.withHeaders("CLIENT", "VALUES", "BUDGET", "COORD UTILITY", "COORD SPEND",
        "COORD SPENT", "COORD WINS", "INDEP UTILITY", "INDEP SPEND", "INDEP SPENT", "INDEP WINS")
        .align(TextTable.Alignment.RIGHT, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    double budgetTotal = 0;
    long coordinatedWins = 0;
    long independentWins = 0;
    for (int i = 0; i < budgets.length; i++) {
      budgetTotal += budgets[i];
      coordinatedWins += coordinated.wins()[i];
      independentWins += independent.wins()[i];
      table.addRow(String.valueOf(i), values.get(i), Numbers.compact(budgets[i]),
          Numbers.fixed(coordinated.utility(i), 2), Numbers.fixed(coordinated.spend()[i], 2),
          percent(coordinated.spend()[i], budgets[i]), Numbers.grouped(coordinated.wins()[i]),
          Numbers.fixed(independent.utility(i), 2), Numbers.fixed(independent.spend()[i], 2),
          percent(independent.spend()[i], budgets[i]), Numbers.grouped(independent.wins()[i]));
    }
    double coordinatedSpend = sum(coordinated.spend());
    double independentSpend = sum(independent.spend());
    table.addRow("total", "", Numbers.compact(budgetTotal), Numbers.fixed(coordinated.totalUtility(), 2),
        Numbers.fixed(coordinatedSpend, 2), percent(coordinatedSpend, budgetTotal), Numbers.grouped(coordinatedWins),
        Numbers.fixed(independent.totalUtility(), 2), Numbers.fixed(independentSpend, 2),
        percent(independentSpend, budgetTotal), Numbers.grouped(independentWins));
    text.append(table.render());
    double gain = coordinated.totalUtility() - independent.totalUtility();
    text.append("coordination gain: ").append(Numbers.fixed(gain, 2)).append(" utility (")
        .append(independent.totalUtility() > 0 ? Numbers.fixed(100 * gain / independent.totalUtility(), 1) + "%"
            : "n/a")
        .append(" of independent pacing's)\n");
    return text.toString();
  }

  /** The report as JSON. */
  public ObjectNode json() {
    ObjectNode node = NODES.objectNode().put("kind", "simulate-agency").put("rounds", rounds)
        .put("outsiders", outsiders).put("outsideBids", outsideBids);
    AuctionReport.number(node, "step", step);
    node.put("seed", seed);
    ArrayNode clients = node.putArray("clients");
    for (int i = 0; i < budgets.length; i++) {
      ObjectNode client = clients.addObject().put("client", i).put("values", values.get(i));
      AuctionReport.number(client, "budget", budgets[i]);
      client.set("coordinated", side(coordinated, i));
      client.set("independent", side(independent, i));
    }
    AuctionReport.number(node, "coordinatedUtility", coordinated.totalUtility());
    AuctionReport.number(node, "independentUtility", independent.totalUtility());
    return node;
  }

  /** Plots the clients' total cumulative utility against the round, coordinated and independent. */
  public void writePlot(Path file) throws IOException {
    int points = Math.min(PLOT_POINTS, rounds);
    double[] x = new double[points];
    double[] together = new double[points];
    double[] apart = new double[points];
    for (int p = 0; p < points; p++) {
      int round = (int) ((long) (p + 1) * rounds / points) - 1;
      x[p] = round + 1;
      together[p] = coordinatedCurve[round];
      apart[p] = independentCurve[round];
    }
    LinePlot.writePng(file, "agency of " + budgets.length + " clients: total cumulative utility", "round",
        "utility (value won - payments)", List.of(new LinePlot.Series("coordinated", x, together),
            new LinePlot.Series("independent pacing", x, apart)), false);
  }

  private static ObjectNode side(AgencyOutcome outcome, int client) {
    ObjectNode node = NODES.objectNode();
    AuctionReport.number(node, "utility", outcome.utility(client));
    AuctionReport.number(node, "value", outcome.value()[client]);
    AuctionReport.number(node, "spend", outcome.spend()[client]);
    return node.put("wins", outcome.wins()[client]);
  }

  private static String percent(double spend, double budget) {
    return Numbers.fixed(100 * spend / budget, 1) + "%";
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }
}
