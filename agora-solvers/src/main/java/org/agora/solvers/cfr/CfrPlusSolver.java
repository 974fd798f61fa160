package org.agora.solvers.cfr;

import org.agora.solvers.tree.GameTree;

/**
 * CFR+: Tammelin, "Solving Large Imperfect Information Games Using CFR+", arXiv:1407.5042, 2014;
 * Tammelin, Burch, Johanson and Bowling, "Solving Heads-up Limit Texas Hold'em", IJCAI 2015.
 *
 * <p>Regret matching+ at every information state: cumulative regrets are clipped at zero after each
 * update, {@code R(I, a) = max(0, R(I, a) + r_t(I, a))}. Updates alternate between players. The
 * average strategy uses linear averaging: iteration {@code t}'s strategy is weighted by
 * {@code max(t - d, 0) * reach_i(I)} with delay {@code d = 0}, i.e. by {@code t * reach_i(I)}. One
 * iteration is one full-tree sweep per player, O(players x nodes) time. Guarantees are for
 * two-player zero-sum games; see {@link AbstractCfrSolver} for n-player and general-sum games.
 */
public final class CfrPlusSolver extends AbstractCfrSolver {

  /** CFR+ with {@link CfrOptions#defaults()} (alternating updates, one thread). */
  public CfrPlusSolver(GameTree tree) {
    this(tree, CfrOptions.defaults());
  }

  /** CFR+ with the given options (simultaneous updates are allowed but are not the published algorithm). */
  public CfrPlusSolver(GameTree tree, CfrOptions options) {
    super(tree, options);
  }

  @Override
  void accumulate(int row, int count, double ownReach, long iteration) {
    RegretKernel.addRegretsClipped(regret, instantRegret, row, count);
    RegretKernel.accumulate(strategySum, row, count, iteration * ownReach, strategy, row);
  }

  @Override
  void updateStrategy(int row, int count) {
    RegretKernel.regretMatching(regret, row, count, strategy, row);
  }
}
