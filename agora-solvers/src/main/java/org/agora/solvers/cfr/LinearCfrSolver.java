package org.agora.solvers.cfr;

import org.agora.solvers.tree.GameTree;

/**
 * Linear CFR: Brown and Sandholm, "Solving Imperfect-Information Games via Discounted Regret
 * Minimization", AAAI 2019. Iteration {@code t}'s regrets and strategy are weighted in proportion to
 * {@code t}; implemented as {@link DiscountedCfrSolver DCFR(1, 1, 1)}, which is equivalent. One
 * iteration is one full-tree sweep per player, O(players x nodes) time. Guarantees are for two-player
 * zero-sum games.
 */
public final class LinearCfrSolver extends DiscountedCfrSolver {

  /** Linear CFR with {@link CfrOptions#defaults()}. */
  public LinearCfrSolver(GameTree tree) {
    this(tree, CfrOptions.defaults());
  }

  /** Linear CFR with the given options. */
  public LinearCfrSolver(GameTree tree, CfrOptions options) {
    super(tree, 1.0, 1.0, 1.0, options);
  }
}
