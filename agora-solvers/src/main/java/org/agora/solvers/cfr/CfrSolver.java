package org.agora.solvers.cfr;

import org.agora.solvers.tree.GameTree;

/**
 * Vanilla counterfactual regret minimisation: Zinkevich, Johanson, Bowling and Piccione, "Regret
 * Minimization in Games with Incomplete Information", NIPS 2007.
 *
 * <p>Every information state runs regret matching on its cumulative counterfactual regrets
 * {@code R(I, a) = sum over t of r_t(I, a)}; the average strategy weights iteration {@code t}'s
 * strategy by the player's own reach {@code reach_i(I)} (uniform averaging over iterations). One
 * iteration is one full-tree sweep per player, O(players x nodes) time.
 *
 * <p>Departure from the paper: updates alternate between players by default (the paper updates
 * simultaneously; pass {@code CfrOptions.defaults().withAlternating(false)} for that), which
 * converges faster in practice and is OpenSpiel's default too. Guarantees are for two-player
 * zero-sum games; see {@link AbstractCfrSolver} for n-player and general-sum games.
 */
public final class CfrSolver extends AbstractCfrSolver {

  /** Vanilla CFR with {@link CfrOptions#defaults()}. */
  public CfrSolver(GameTree tree) {
    this(tree, CfrOptions.defaults());
  }

  /** Vanilla CFR with the given options. */
  public CfrSolver(GameTree tree, CfrOptions options) {
    super(tree, options);
  }

  @Override
  void accumulate(int row, int count, double ownReach, long iteration) {
    RegretKernel.addRegrets(regret, instantRegret, row, count);
    RegretKernel.accumulate(strategySum, row, count, ownReach, strategy, row);
  }

  @Override
  void updateStrategy(int row, int count) {
    RegretKernel.regretMatching(regret, row, count, strategy, row);
  }
}
