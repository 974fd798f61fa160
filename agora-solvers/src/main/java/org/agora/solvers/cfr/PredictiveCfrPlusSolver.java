package org.agora.solvers.cfr;

import org.agora.solvers.tree.GameTree;

/**
 * Predictive CFR+ (PCFR+): Farina, Kroer and Sandholm, "Faster Game Solving via Predictive Blackwell
 * Approachability: Connecting Regret Matching and Mirror Descent", AAAI 2021.
 *
 * <p>Every information state runs predictive regret matching+: the cumulative regrets are clipped as
 * in regret matching+, {@code R_t = max(0, R_(t-1) + r_t)}, and the next strategy is proportional to
 * {@code max(0, R_t + m_(t+1))} where the prediction {@code m_(t+1) = r_t} is the last instantaneous
 * regret (uniform if no entry is positive). Updates alternate between players; the average uses
 * quadratic averaging, iteration {@code t}'s strategy weighted by {@code t^2 * reach_i(I)}, as in
 * the paper's experiments. One iteration is one full-tree sweep per player, O(players x nodes) time.
 * Guarantees are for two-player zero-sum games; see {@link AbstractCfrSolver}.
 */
public final class PredictiveCfrPlusSolver extends AbstractCfrSolver {

  private final double[] optimistic;

  /** PCFR+ with {@link CfrOptions#defaults()}. */
  public PredictiveCfrPlusSolver(GameTree tree) {
    this(tree, CfrOptions.defaults());
  }

  /** PCFR+ with the given options. */
  public PredictiveCfrPlusSolver(GameTree tree, CfrOptions options) {
    super(tree, options);
    this.optimistic = tree.newSlotArray();
  }

  @Override
  void accumulate(int row, int count, double ownReach, long iteration) {
    RegretKernel.addRegretsClipped(regret, instantRegret, row, count);
    RegretKernel.accumulate(strategySum, row, count, (double) iteration * iteration * ownReach, strategy, row);
  }

  @Override
  void updateStrategy(int row, int count) {
    for (int k = 0; k < count; k++) {
      optimistic[row + k] = regret[row + k] + instantRegret[row + k];
    }
    RegretKernel.regretMatching(optimistic, row, count, strategy, row);
  }
}
