package org.agora.solvers.cfr;

import org.agora.solvers.tree.GameTree;

/**
 * The regret-matching and averaging arithmetic shared by every regret minimiser in Agora (the CFR
 * family, Monte Carlo CFR, CFR-BR and the normal-form regret-matching dynamics), as static methods
 * over slices of flat {@code double[]} tables ({@code count} entries from an offset, usually one
 * information state's row {@code infoset * maxActions}).
 *
 * <p>Regret matching is Hart and Mas-Colell, "A Simple Adaptive Procedure Leading to Correlated
 * Equilibrium", Econometrica 2000; the clipped update of regret matching+ is Tammelin, "Solving
 * Large Imperfect Information Games Using CFR+", arXiv:1407.5042, 2014. Every method is O(count),
 * allocates nothing (except the whole-table helpers, which return a fresh array) and performs its
 * floating-point operations in a fixed order, so callers get bit-identical results.
 */
public final class RegretKernel {

  private RegretKernel() {}

  /**
   * Writes the regret-matching strategy of one row: the positive parts of {@code regrets[offset ..
   * offset + count)}, normalised, or uniform when none is positive. {@code out} may be
   * {@code regrets} itself at the same offset.
   */
  public static void regretMatching(double[] regrets, int offset, int count, double[] out, int outOffset) {
    double positive = 0.0;
    for (int k = 0; k < count; k++) {
      double regret = regrets[offset + k];
      if (regret > 0.0) {
        positive += regret;
      }
    }
    if (positive > 0.0) {
      for (int k = 0; k < count; k++) {
        double regret = regrets[offset + k];
        out[outOffset + k] = regret > 0.0 ? regret / positive : 0.0;
      }
    } else {
      double uniform = 1.0 / count;
      for (int k = 0; k < count; k++) {
        out[outOffset + k] = uniform;
      }
    }
  }

  /** Adds one iteration's regrets to the cumulative ones: {@code regrets[i] += instant[i]} over the row. */
  public static void addRegrets(double[] regrets, double[] instant, int offset, int count) {
    for (int k = 0; k < count; k++) {
      regrets[offset + k] += instant[offset + k];
    }
  }

  /**
   * The regret-matching+ update over the row: {@code regrets[i] = max(0, regrets[i] + instant[i])}
   * (a NaN sum becomes 0).
   */
  public static void addRegretsClipped(double[] regrets, double[] instant, int offset, int count) {
    for (int k = 0; k < count; k++) {
      double updated = regrets[offset + k] + instant[offset + k];
      regrets[offset + k] = updated > 0.0 ? updated : 0.0;
    }
  }

  /**
   * Adds a weighted strategy to the average-strategy sums: {@code sums[offset + k] += weight *
   * strategy[strategyOffset + k]}.
   */
  public static void accumulate(double[] sums, int offset, int count, double weight, double[] strategy,
      int strategyOffset) {
    for (int k = 0; k < count; k++) {
      sums[offset + k] += weight * strategy[strategyOffset + k];
    }
  }

  /**
   * Writes the normalised average of one row of strategy sums: each sum over the row's total, or
   * uniform when the total is not positive (a row never reached).
   */
  public static void normalise(double[] sums, int offset, int count, double[] out, int outOffset) {
    double total = 0.0;
    for (int k = 0; k < count; k++) {
      total += sums[offset + k];
    }
    for (int k = 0; k < count; k++) {
      out[outOffset + k] = total > 0.0 ? sums[offset + k] / total : 1.0 / count;
    }
  }

  /** {@link #normalise Normalised} rows of a per-slot table of strategy sums over {@code tree}'s information states, as a fresh array. */
  public static double[] averageBehaviour(GameTree tree, double[] sums) {
    int width = tree.maxActions();
    double[] behaviour = new double[sums.length];
    for (int infoset = 0, n = tree.infosetCount(); infoset < n; infoset++) {
      normalise(sums, infoset * width, tree.actionCount(infoset), behaviour, infoset * width);
    }
    return behaviour;
  }

  /** The {@link #regretMatching regret-matching} strategy at every information state of {@code tree}, as a fresh per-slot array. */
  public static double[] currentBehaviour(GameTree tree, double[] regrets) {
    int width = tree.maxActions();
    double[] behaviour = tree.newSlotArray();
    for (int infoset = 0, n = tree.infosetCount(); infoset < n; infoset++) {
      regretMatching(regrets, infoset * width, tree.actionCount(infoset), behaviour, infoset * width);
    }
    return behaviour;
  }
}
