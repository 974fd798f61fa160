package org.agora.testkit;

/**
 * For tests of deep trees: the text of a chain game in Gambit's {@code .efg} format, the same as {@code scripts/chain-efg}
 * writes: decision {@code k} (k = 0, 1, ...) belongs to player {@code 1 + k mod 2}, in its own
 * information set (number {@code k / 2 + 1}), with the actions "take" (a terminal: +1 to the mover, -1
 * to the other; outcome 1 when player 1 takes, 2 when player 2 does) and "pass" (the next decision);
 * passing at the last decision ends the game at 0 (outcome 3). {@code 2 * decisions + 1} nodes; the
 * game is zero-sum and player 1's value is 1 (take at once).
 */
public final class ChainEfg {

  private ChainEfg() {}

  /** The file's text for a chain of {@code decisions} decision nodes. */
  public static String text(int decisions) {
    StringBuilder out = new StringBuilder(40 * decisions + 100);
    out.append("EFG 2 R \"Chain of ").append(decisions).append(" decisions\" { \"P1\" \"P2\" }\n\"\"\n\n");
    for (int k = 0; k < decisions; k++) {
      int player = 1 + k % 2;
      out.append("p \"\" ").append(player).append(' ').append(k / 2 + 1).append(" { \"take\" \"pass\" } 0\n");
      if (k < 2) {
        out.append("t \"\" ").append(player).append(" \"P").append(player).append(" takes\" { ")
            .append(player == 1 ? "1 -1" : "-1 1").append(" }\n");
      } else {
        out.append("t \"\" ").append(player).append('\n');
      }
    }
    out.append("t \"\" 3 \"nobody takes\" { 0 0 }\n");
    return out.toString();
  }
}
