package org.agora.solvers.constrained;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.normalform.NormalFormGame;

/**
 * Parses cost constraints from text: constraints separated by {@code ;}, each
 * {@code PLAYER:COST COST ...<=BUDGET} with costs separated by spaces or commas. With as many
 * costs as the player has strategies the cost is player-local; with one per pure profile (payoff
 * tensor order, the last player's strategy varying fastest) it is joint. Example for a 2x2 game:
 * {@code 0:1 0<=0.5;1:0 0 0 1<=0.25}.
 */
public final class CostConstraints {

  private CostConstraints() {}

  /**
   * The constraints in {@code text} (empty or blank: none), checked against {@code game}.
   *
   * @throws IllegalArgumentException with the offending part and the expected syntax
   */
  public static List<CostConstraint> parse(String text, NormalFormGame game) {
    List<CostConstraint> constraints = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return constraints;
    }
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      constraints.add(parseOne(part.strip(), game));
    }
    return constraints;
  }

  private static CostConstraint parseOne(String part, NormalFormGame game) {
    int colon = part.indexOf(':');
    int relation = part.indexOf("<=");
    if (colon < 0 || relation < colon) {
      throw new IllegalArgumentException("bad cost constraint '" + part + "'; expected PLAYER:COST COST ...<=BUDGET");
    }
    int player;
    double budget;
    try {
      player = Integer.parseInt(part.substring(0, colon).strip());
      budget = Double.parseDouble(part.substring(relation + 2).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad cost constraint '" + part + "'; expected PLAYER:COST COST ...<=BUDGET");
    }
    String[] fields = part.substring(colon + 1, relation).strip().split("[\\s,]+");
    double[] costs = new double[fields.length];
    for (int k = 0; k < fields.length; k++) {
      try {
        costs[k] = Double.parseDouble(fields[k]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad cost '" + fields[k] + "' in '" + part + "'; costs are numbers");
      }
    }
    if (player < 0 || player >= game.playerCount()) {
      throw new IllegalArgumentException("bad player " + player + " in '" + part + "'; the game has players 0 to "
          + (game.playerCount() - 1));
    }
    boolean local = costs.length == game.strategyCount(player) && costs.length != game.profileCount();
    CostConstraint constraint = new CostConstraint(player, costs, local, budget);
    constraint.check(game);
    return constraint;
  }
}
