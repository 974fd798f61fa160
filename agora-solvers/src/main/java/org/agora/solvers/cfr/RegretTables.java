package org.agora.solvers.cfr;

import org.agora.solvers.tree.GameTree;

/** Regret matching and averaging on per-slot arrays ({@code infoset * maxActions + slot}), shared by this package's solvers. */
final class RegretTables {

  private RegretTables() {}

  /**
   * Writes the regret-matching strategy of one information state (Hart and Mas-Colell 2000): positive
   * regrets normalised, uniform when none is positive.
   *
   * @param regrets cumulative regrets
   * @param row {@code infoset * maxActions}
   * @param count number of legal actions
   * @param out where the strategy goes
   * @param outOffset first index written in {@code out}
   */
  static void regretMatching(double[] regrets, int row, int count, double[] out, int outOffset) {
    double positive = 0.0;
    for (int k = 0; k < count; k++) {
      double regret = regrets[row + k];
      if (regret > 0.0) {
        positive += regret;
      }
    }
    if (positive > 0.0) {
      for (int k = 0; k < count; k++) {
        double regret = regrets[row + k];
        out[outOffset + k] = regret > 0.0 ? regret / positive : 0.0;
      }
    } else {
      double uniform = 1.0 / count;
      for (int k = 0; k < count; k++) {
        out[outOffset + k] = uniform;
      }
    }
  }

  /**
   * The normalised rows of accumulated strategy weights, as a fresh per-slot behaviour profile; a row
   * with no weight (never reached) is uniform.
   */
  static double[] normalise(GameTree tree, double[] strategySums) {
    int width = tree.maxActions();
    double[] behaviour = tree.newSlotArray();
    for (int infoset = 0, n = tree.infosetCount(); infoset < n; infoset++) {
      int row = infoset * width;
      int count = tree.actionCount(infoset);
      double total = 0.0;
      for (int k = 0; k < count; k++) {
        total += strategySums[row + k];
      }
      for (int k = 0; k < count; k++) {
        behaviour[row + k] = total > 0.0 ? strategySums[row + k] / total : 1.0 / count;
      }
    }
    return behaviour;
  }

  /** The regret-matching strategy at every information state, as a fresh per-slot profile. */
  static double[] currentStrategy(GameTree tree, double[] regrets) {
    int width = tree.maxActions();
    double[] behaviour = tree.newSlotArray();
    for (int infoset = 0, n = tree.infosetCount(); infoset < n; infoset++) {
      regretMatching(regrets, infoset * width, tree.actionCount(infoset), behaviour, infoset * width);
    }
    return behaviour;
  }

  /** Index of the slot drawn from {@code count} probabilities at {@code offset}, given a uniform draw in [0, 1). */
  static int sample(double[] probabilities, int offset, int count, double uniform) {
    double cumulative = 0.0;
    int lastPositive = 0;
    for (int k = 0; k < count; k++) {
      double probability = probabilities[offset + k];
      if (probability > 0.0) {
        cumulative += probability;
        lastPositive = k;
        if (uniform < cumulative) {
          return k;
        }
      }
    }
    return lastPositive; // rounding left the cumulative sum just below the draw
  }

  /** Index of the chance child drawn given a uniform draw in [0, 1). */
  static int sampleChance(GameTree tree, int node, double uniform) {
    int first = tree.firstChild(node);
    int count = tree.childCount(node);
    double cumulative = 0.0;
    int lastPositive = 0;
    for (int k = 0; k < count; k++) {
      double probability = tree.chanceProbability(first + k);
      if (probability > 0.0) {
        cumulative += probability;
        lastPositive = k;
        if (uniform < cumulative) {
          return k;
        }
      }
    }
    return lastPositive;
  }
}
