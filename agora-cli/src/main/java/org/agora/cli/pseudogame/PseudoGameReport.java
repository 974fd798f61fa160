package org.agora.cli.pseudogame;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.solvers.pseudogame.ExchangeEconomy;
import org.agora.solvers.pseudogame.GeneralizedNashEquilibrium;
import org.agora.solvers.pseudogame.PseudoGame;

/** Renders a generalized Nash equilibrium of a pseudo-game as text tables or JSON. */
public final class PseudoGameReport {

  /** Rows of the convergence curve shown in the text report. */
  static final int CURVE_ROWS = 12;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PseudoGameReport() {}

  /** The text report: summary, each player's action and gain, excess demand (economies), curve. */
  public static String text(String source, PseudoGame game, GeneralizedNashEquilibrium e, long nanos) {
    StringBuilder text = new StringBuilder();
    text.append(TextTable.withoutHeaders(2)
        .addRow("pseudo-game:", source + " (" + game.players() + " players, " + game.totalDimension()
            + " coordinates)")
        .addRow("solver:", "exploitability descent")
        .addRow("time:", Numbers.seconds(nanos) + ", " + e.iterations() + (e.iterations() == 1 ? " iteration" : " iterations"))
        .addRow("exploitability:", Numbers.compact(e.exploitability()) + (e.converged() ? " (converged)"
            : " (not converged: raise --iterations)"))
        .render());
    text.append('\n');
    TextTable actions = TextTable.withHeaders("PLAYER", "COORDINATE", "VALUE", "GAIN");
    double[] profile = e.profile();
    double[] gains = e.gains();
    for (int player = 0; player < game.players(); player++) {
      for (int k = 0; k < game.dimension(player); k++) {
        actions.addRow(k == 0 ? game.playerName(player) : "", game.coordinateName(player, k),
            Numbers.compact(profile[game.offset(player) + k]), k == 0 ? Numbers.compact(gains[player]) : "");
      }
    }
    text.append(actions.render());
    if (game instanceof ExchangeEconomy economy) {
      double[] excess = new double[economy.goods()];
      economy.excessDemand(profile, excess);
      TextTable clearing = TextTable.withHeaders("GOOD", "PRICE", "EXCESS DEMAND");
      for (int j = 0; j < excess.length; j++) {
        clearing.addRow("good " + (j + 1), Numbers.compact(profile[economy.priceOffset() + j]), Numbers.compact(excess[j]));
      }
      text.append('\n').append(clearing.render());
    }
    double[] curve = e.curve();
    TextTable convergence = TextTable.withHeaders("ITERATION", "EXPLOITABILITY");
    int last = curve.length - 1;
    int previous = -1;
    for (int row = 0; row < CURVE_ROWS; row++) {
      int t = last == 0 ? 0 : (int) Math.round(Math.pow(last + 1, row / (double) (CURVE_ROWS - 1))) - 1;
      t = Math.min(Math.max(t, 0), last);
      if (t > previous) {
        convergence.addRow(t, Numbers.compact(curve[t]));
        previous = t;
      }
    }
    text.append('\n').append(convergence.render());
    return text.toString();
  }

  /** The JSON report, with the whole convergence curve. */
  public static ObjectNode json(String source, PseudoGame game, GeneralizedNashEquilibrium e, long nanos) {
    ObjectNode root = NODES.objectNode();
    root.put("pseudoGame", source);
    root.put("solver", "exploitability-descent");
    root.put("exploitability", e.exploitability());
    root.put("converged", e.converged());
    root.put("iterations", e.iterations());
    root.put("seconds", nanos / 1e9);
    ArrayNode players = root.putArray("players");
    double[] profile = e.profile();
    double[] gains = e.gains();
    for (int player = 0; player < game.players(); player++) {
      ObjectNode node = players.addObject();
      node.put("name", game.playerName(player));
      ArrayNode action = node.putArray("action");
      for (int k = 0; k < game.dimension(player); k++) {
        action.add(profile[game.offset(player) + k]);
      }
      node.put("gain", gains[player]);
    }
    if (game instanceof ExchangeEconomy economy) {
      double[] excess = new double[economy.goods()];
      economy.excessDemand(profile, excess);
      ArrayNode prices = root.putArray("prices");
      ArrayNode excessDemand = root.putArray("excessDemand");
      for (int j = 0; j < excess.length; j++) {
        prices.add(profile[economy.priceOffset() + j]);
        excessDemand.add(excess[j]);
      }
    }
    ArrayNode curve = root.putArray("curve");
    for (double value : e.curve()) {
      curve.add(value);
    }
    return root;
  }
}
