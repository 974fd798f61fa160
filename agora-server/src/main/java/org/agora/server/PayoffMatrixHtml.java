package org.agora.server;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.nash.PureNashSolver;

/**
 * The payoff table of a normal-form game on a game page: a row-by-column matrix for two players, one
 * row per profile otherwise; pure Nash equilibria marked by a symbol (not by colour alone) with text
 * for screen readers. Every value is escaped.
 */
final class PayoffMatrixHtml {

  /** Largest payoff matrix drawn (profiles). */
  static final int MAX_DRAWN_PROFILES = 1_024;
  private static final String STAR = "\u2605";

  private PayoffMatrixHtml() {}

  /** Appends the payoff table of {@code game} with its pure Nash equilibria marked, and a sentence listing them. */
  static void append(StringBuilder html, NormalFormGame game) {
    html.append("<h2>Payoffs</h2>\n");
    if (game.profileCount() > MAX_DRAWN_PROFILES) {
      html.append("<p>").append(game.profileCount()).append(" strategy profiles: too many to draw here (at most ")
          .append(MAX_DRAWN_PROFILES).append(").</p>\n");
      return;
    }
    boolean[] equilibrium = pureEquilibria(game);
    List<String> found = new ArrayList<>();
    if (game.playerCount() == 2) {
      html.append("<table class=\"matrix\" id=\"payoff-matrix\">\n<caption>Payoffs (")
          .append(Html.text(game.playerName(0))).append(", ").append(Html.text(game.playerName(1)))
          .append("); rows: ").append(Html.text(game.playerName(0))).append(", columns: ")
          .append(Html.text(game.playerName(1))).append("; ").append(STAR).append(" marks a pure Nash equilibrium</caption>\n<thead><tr><td></td>");
      for (int column = 0; column < game.strategyCount(1); column++) {
        html.append("<th scope=\"col\">").append(Html.text(game.strategyName(1, column))).append("</th>");
      }
      html.append("</tr></thead>\n<tbody>\n");
      for (int row = 0; row < game.strategyCount(0); row++) {
        html.append("<tr><th scope=\"row\">").append(Html.text(game.strategyName(0, row))).append("</th>");
        for (int column = 0; column < game.strategyCount(1); column++) {
          int profile = game.profileIndex(new int[] {row, column});
          String payoffs = Pages.number(game.payoff(0, profile)) + ", " + Pages.number(game.payoff(1, profile));
          if (equilibrium[profile]) {
            found.add("(" + game.strategyName(0, row) + ", " + game.strategyName(1, column) + ")");
            html.append("<td class=\"nash\"><span aria-hidden=\"true\">").append(STAR).append(" </span>")
                .append(Html.text(payoffs)).append("<span class=\"visually-hidden\"> (pure Nash equilibrium)</span></td>");
          } else {
            html.append("<td>").append(Html.text(payoffs)).append("</td>");
          }
        }
        html.append("</tr>\n");
      }
      html.append("</tbody></table>\n");
    } else {
      html.append("<table class=\"matrix\" id=\"payoff-matrix\">\n<caption>Payoffs per strategy profile; ")
          .append(STAR).append(" marks a pure Nash equilibrium</caption>\n<thead><tr>");
      for (int player = 0; player < game.playerCount(); player++) {
        html.append("<th scope=\"col\">").append(Html.text(game.playerName(player))).append("</th>");
      }
      html.append("<th scope=\"col\">Payoffs</th><th scope=\"col\">Pure Nash</th></tr></thead>\n<tbody>\n");
      for (int profile = 0; profile < game.profileCount(); profile++) {
        html.append(equilibrium[profile] ? "<tr class=\"nash\">" : "<tr>");
        List<String> names = new ArrayList<>();
        List<String> payoffs = new ArrayList<>();
        for (int player = 0; player < game.playerCount(); player++) {
          String strategy = game.strategyName(player, game.strategyInProfile(profile, player));
          names.add(strategy);
          payoffs.add(Pages.number(game.payoff(player, profile)));
          html.append("<td>").append(Html.text(strategy)).append("</td>");
        }
        if (equilibrium[profile]) {
          found.add("(" + String.join(", ", names) + ")");
        }
        html.append("<td>").append(Html.text(String.join(", ", payoffs))).append("</td><td>")
            .append(equilibrium[profile] ? STAR + " yes" : "no").append("</td></tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    html.append("<p id=\"pure-equilibria\">").append(found.isEmpty() ? "No pure Nash equilibrium."
        : "Pure Nash equilibria (" + STAR + "): " + Html.text(String.join(", ", found)) + ".").append("</p>\n");
  }

  /**
   * For each profile, whether it is a pure Nash equilibrium, decided exactly on the game's rational
   * payoffs ({@link PureNashSolver}; ties count as best responses).
   */
  static boolean[] pureEquilibria(NormalFormGame game) {
    boolean[] result = new boolean[game.profileCount()];
    for (int[] profile : new PureNashSolver().pureProfiles(game)) {
      result[game.profileIndex(profile)] = true;
    }
    return result;
  }
}
