package org.agora.io;

import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.tree.ExplicitTree;

/**
 * Writes Gambit's {@code .nfg} (payoff version, strategy names) and {@code .efg} formats with exact
 * numbers: integers as integers, other rationals as {@code a/b}. Strings are quoted with {@code \"}
 * for a quote and {@code \\} for a backslash.
 */
final class GambitWriters {

  private GambitWriters() {}

  /** A quoted string. */
  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** An exact number: {@code 3}, {@code -3/4}. */
  static String number(Rational value) {
    return value.toString();
  }

  /** The payoff version of the {@code .nfg} format, profiles listed with player 1 varying fastest. */
  static String nfg(NormalFormGame game) {
    int players = game.playerCount();
    StringBuilder out = new StringBuilder("NFG 1 R ").append(quote(game.title())).append(" {");
    for (int p = 0; p < players; p++) {
      out.append(' ').append(quote(game.playerName(p)));
    }
    out.append(" }\n\n{");
    for (int p = 0; p < players; p++) {
      out.append(p == 0 ? " {" : "\n  {");
      for (int s = 0; s < game.strategyCount(p); s++) {
        out.append(' ').append(quote(game.strategyName(p, s)));
      }
      out.append(" }");
    }
    out.append("\n}\n\"\"\n\n");
    int[] strategies = new int[players];
    for (int gambitProfile = 0; gambitProfile < game.profileCount(); gambitProfile++) {
      int profile = game.profileIndex(strategies);
      for (int p = 0; p < players; p++) {
        out.append(p == 0 ? "" : " ").append(number(game.exactPayoff(p, profile)));
      }
      out.append('\n');
      for (int p = 0; p < players && ++strategies[p] == game.strategyCount(p); p++) {
        strategies[p] = 0;
      }
    }
    return out.toString();
  }

  /** The {@code .efg} format of a tree, nodes in prefix order (the tree's node order). */
  static String efg(ExplicitTree tree) {
    StringBuilder out = new StringBuilder("EFG 2 R ").append(quote(tree.title())).append(" {");
    for (int p = 0; p < tree.playerCount(); p++) {
      out.append(' ').append(quote(tree.playerName(p)));
    }
    out.append(" }\n").append(quote(tree.comment())).append("\n\n");
    for (int n = 0; n < tree.nodeCount(); n++) {
      switch (tree.kind(n)) {
        case ExplicitTree.TERMINAL -> out.append("t ").append(quote(tree.nodeName(n)));
        case ExplicitTree.CHANCE -> {
          out.append("c ").append(quote(tree.nodeName(n)));
          appendInfoset(out, tree, tree.infoset(n));
        }
        default -> {
          out.append("p ").append(quote(tree.nodeName(n))).append(' ').append(tree.player(n) + 1);
          appendInfoset(out, tree, tree.infoset(n));
        }
      }
      int outcome = tree.outcome(n);
      if (outcome < 0) {
        out.append(" 0\n");
        continue;
      }
      out.append(' ').append(tree.outcomeNumber(outcome)).append(' ').append(quote(tree.outcomeName(outcome)))
          .append(" {");
      for (int p = 0; p < tree.playerCount(); p++) {
        out.append(' ').append(number(tree.outcomePayoff(outcome, p)));
      }
      out.append(" }\n");
    }
    return out.toString();
  }

  private static void appendInfoset(StringBuilder out, ExplicitTree tree, int infoset) {
    out.append(' ').append(tree.infosetNumber(infoset)).append(' ').append(quote(tree.infosetName(infoset))).append(" {");
    boolean chance = tree.infosetPlayer(infoset) < 0;
    for (int a = 0; a < tree.actionCount(infoset); a++) {
      out.append(' ').append(quote(tree.actionLabel(infoset, a)));
      if (chance) {
        out.append(' ').append(number(tree.probability(infoset, a)));
      }
    }
    out.append(" }");
  }
}
