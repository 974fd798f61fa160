package org.agora.solvers.bestresponse;

import org.agora.solvers.tree.GameTree;

/**
 * Kuhn's equilibrium family of two-player Kuhn poker (H. W. Kuhn, "A simplified two-person poker",
 * Contributions to the Theory of Games I, 1950), cards 0 < 1 < 2, parameter alpha in [0, 1/3]:
 * the first player bets card 0 with probability alpha, card 2 with 3 alpha, never card 1, and after
 * check-bet calls with card 1 with probability alpha + 1/3; the second player bets card 0 after a
 * check with probability 1/3 and calls a bet with card 1 with probability 1/3. Value -1/18.
 */
public final class KuhnEquilibrium {

  private KuhnEquilibrium() {}

  /** The per-slot profile of the equilibrium with parameter {@code alpha} (slot 0 pass, slot 1 bet). */
  public static double[] behaviour(GameTree tree, double alpha) {
    double[] behaviour = tree.newSlotArray();
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      String key = tree.infosetKey(infoset);
      int card = key.charAt(key.indexOf("card=") + 5) - '0';
      String bets = key.substring(key.indexOf("bets=") + 5);
      double bet = switch (tree.infosetPlayer(infoset) + ":" + bets) {
        case "0:" -> new double[] {alpha, 0.0, 3 * alpha}[card];
        case "0:pb" -> new double[] {0.0, alpha + 1.0 / 3, 1.0}[card];
        case "1:b" -> new double[] {0.0, 1.0 / 3, 1.0}[card];
        case "1:p" -> new double[] {1.0 / 3, 0.0, 1.0}[card];
        default -> throw new IllegalArgumentException("unexpected Kuhn information state " + key);
      };
      behaviour[infoset * tree.maxActions()] = 1.0 - bet;
      behaviour[infoset * tree.maxActions() + 1] = bet;
    }
    return behaviour;
  }
}
