package org.agora.solvers.cfr;

import org.agora.solvers.tree.GameTree;

/** Draws of a slot from a row of probabilities and of a chance child, shared by the Monte Carlo CFR solvers. */
final class Sampling {

  private Sampling() {}

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
