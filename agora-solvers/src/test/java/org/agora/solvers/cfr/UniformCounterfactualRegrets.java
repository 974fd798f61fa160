package org.agora.solvers.cfr;

import org.agora.solvers.tree.GameTree;

/**
 * Test oracle written independently of the solvers: a player's immediate counterfactual regrets
 * when everyone plays uniformly, by plain recursion over the tree.
 */
final class UniformCounterfactualRegrets {

  private UniformCounterfactualRegrets() {}

  static double[] of(GameTree tree, int player) {
    double[] regrets = tree.newSlotArray();
    value(tree, 0, player, 1.0, regrets);
    return regrets;
  }

  /** Player's expected utility below {@code node}; {@code others} is the reach of chance and the others. */
  private static double value(GameTree tree, int node, int player, double others, double[] regrets) {
    if (tree.isTerminal(node)) {
      return tree.utility(node, player);
    }
    int first = tree.firstChild(node);
    int count = tree.childCount(node);
    if (tree.isChance(node)) {
      double total = 0.0;
      for (int k = 0; k < count; k++) {
        double probability = tree.chanceProbability(first + k);
        total += probability * value(tree, first + k, player, others * probability, regrets);
      }
      return total;
    }
    boolean mine = tree.player(node) == player;
    double[] children = new double[count];
    double total = 0.0;
    for (int k = 0; k < count; k++) {
      children[k] = value(tree, first + k, player, mine ? others : others / count, regrets);
      total += children[k] / count;
    }
    if (mine) {
      for (int k = 0; k < count; k++) {
        regrets[tree.infoset(node) * tree.maxActions() + k] += others * (children[k] - total);
      }
    }
    return total;
  }
}
