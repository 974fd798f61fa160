package org.agora.solvers.bestresponse;

import org.agora.solvers.tree.GameTree;

/**
 * Expected returns and reach probabilities of a behaviour profile on a compiled {@link GameTree}.
 * A behaviour profile is a per-slot array ({@code infoset * maxActions + slot}) giving every
 * information state a distribution over its legal actions. Each method is one pass over the nodes:
 * O(nodes) time, no allocation beyond its result.
 */
public final class PolicyEvaluation {

  private PolicyEvaluation() {}

  /**
   * Probability of reaching each node when chance and every player except {@code excludedPlayer}
   * follow {@code behaviour} ({@code excludedPlayer} plays to reach: its factors are 1). Pass -1 to
   * include every player. Writes {@code out} (length {@link GameTree#nodeCount()}) and returns it.
   */
  public static double[] reach(GameTree tree, double[] behaviour, int excludedPlayer, double[] out) {
    checkLength(tree, behaviour);
    int width = tree.maxActions();
    out[0] = 1.0;
    for (int node = 0, n = tree.nodeCount(); node < n; node++) {
      int player = tree.player(node);
      if (player == GameTree.TERMINAL) {
        continue;
      }
      double here = out[node];
      int first = tree.firstChild(node);
      int count = tree.childCount(node);
      if (player == GameTree.CHANCE) {
        for (int k = 0; k < count; k++) {
          out[first + k] = here * tree.chanceProbability(first + k);
        }
      } else if (player == excludedPlayer) {
        for (int k = 0; k < count; k++) {
          out[first + k] = here;
        }
      } else {
        int row = tree.infoset(node) * width;
        for (int k = 0; k < count; k++) {
          out[first + k] = here * behaviour[row + k];
        }
      }
    }
    return out;
  }

  /** Every player's expected return when all follow {@code behaviour}. */
  public static double[] expectedReturns(GameTree tree, double[] behaviour) {
    double[] reach = reach(tree, behaviour, -1, new double[tree.nodeCount()]);
    double[] returns = new double[tree.playerCount()];
    for (int node = 0, n = tree.nodeCount(); node < n; node++) {
      if (tree.isTerminal(node) && reach[node] != 0.0) {
        for (int p = 0; p < returns.length; p++) {
          returns[p] += reach[node] * tree.utility(node, p);
        }
      }
    }
    return returns;
  }

  static void checkLength(GameTree tree, double[] behaviour) {
    int expected = tree.infosetCount() * tree.maxActions();
    if (behaviour.length != expected) {
      throw new IllegalArgumentException("behaviour has " + behaviour.length + " entries; this tree needs "
          + expected + " (infosets x maxActions)");
    }
  }
}
