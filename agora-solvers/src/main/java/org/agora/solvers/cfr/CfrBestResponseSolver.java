package org.agora.solvers.cfr;

import org.agora.solvers.bestresponse.BestResponse;
import org.agora.solvers.bestresponse.PolicyEvaluation;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/**
 * CFR-BR: counterfactual regret minimisation against a best-responding opponent, on a compiled
 * two-player {@link GameTree} (Johanson, Bard, Burch and Bowling, "Finding Optimal Abstract
 * Strategies in Extensive-Form Games", AAAI 2012).
 *
 * <p>Each player keeps cumulative counterfactual regrets; its current strategy {@code sigma_i} is
 * their regret matching. One iteration: first both opponents' exact best responses
 * {@code beta_j = BR(sigma_i)} are computed ({@link BestResponse}) against the current strategies;
 * then, for each player {@code i}, one full-tree sweep evaluates {@code i}'s counterfactual values
 * under {@code (sigma_i, beta_j)} and adds {@code reach_-i(h) * (v(ha) - v(h))} to the regret of
 * every slot at every node {@code h} of {@code i}, and adds {@code pi_i(I) * sigma_i(I, .)} to the
 * strategy sums (the reach-weighted average of CFR). Both players update from the same current
 * profile ("simultaneous" updates), so the first iteration averages the uniform profile. The average
 * strategy converges to an equilibrium (the paper's Theorem: regret against best responses
 * bounds the current strategy's exploitability on average); the paper keeps only the regret
 * minimiser's strategy, this class runs the update for both players, the symmetric form also used
 * in OpenSpiel's {@code cfr_br}.
 *
 * <p>Cost per iteration: two best responses and two sweeps, O(nodes) each, plus O(nodes) scratch
 * allocated by {@link BestResponse}.
 */
public final class CfrBestResponseSolver implements IterativeSolver {

  private final GameTree tree;
  private final int width;
  private final double[] regrets;
  private final double[] strategySums;
  private final double[] current;
  private final double[] opponentReach;
  private final double[] ownReach;
  private final double[] values;
  private long iterations;

  /**
   * A solver starting from zero regrets (the uniform profile).
   *
   * @throws IllegalArgumentException unless the game has two players
   */
  public CfrBestResponseSolver(GameTree tree) {
    if (tree.playerCount() != 2) {
      throw new IllegalArgumentException("CFR-BR needs a two-player game; " + tree.game().name() + " has "
          + tree.playerCount() + " players");
    }
    this.tree = tree;
    this.width = tree.maxActions();
    this.regrets = tree.newSlotArray();
    this.strategySums = tree.newSlotArray();
    this.current = tree.newSlotArray();
    this.opponentReach = new double[tree.nodeCount()];
    this.ownReach = new double[tree.nodeCount()];
    this.values = new double[tree.nodeCount()];
  }

  @Override
  public GameTree tree() {
    return tree;
  }

  @Override
  public void iterate(int count) {
    for (int t = 0; t < count; t++) {
      for (int infoset = 0, n = tree.infosetCount(); infoset < n; infoset++) {
        RegretKernel.regretMatching(regrets, infoset * width, tree.actionCount(infoset), current, infoset * width);
      }
      // beta_1 answers sigma_0 and is what player 0 faces; beta_0 answers sigma_1.
      double[] againstPlayer0 = BestResponse.compute(tree, current, 1).apply(tree, current);
      double[] againstPlayer1 = BestResponse.compute(tree, current, 0).apply(tree, current);
      sweep(0, againstPlayer0);
      sweep(1, againstPlayer1);
      iterations++;
    }
  }

  /** Regret and average update of {@code player} whose opponent plays as in {@code profile}. */
  private void sweep(int player, double[] profile) {
    PolicyEvaluation.reach(tree, profile, player, opponentReach);
    ownReach[0] = 1.0;
    int nodes = tree.nodeCount();
    for (int node = 0; node < nodes; node++) {
      int actor = tree.player(node);
      if (actor == GameTree.TERMINAL) {
        continue;
      }
      int first = tree.firstChild(node);
      int count = tree.childCount(node);
      double here = ownReach[node];
      if (actor == player) {
        int row = tree.infoset(node) * width;
        for (int k = 0; k < count; k++) {
          ownReach[first + k] = here * profile[row + k];
        }
      } else {
        for (int k = 0; k < count; k++) {
          ownReach[first + k] = here;
        }
      }
    }
    for (int node = nodes - 1; node >= 0; node--) {
      int actor = tree.player(node);
      if (actor == GameTree.TERMINAL) {
        values[node] = tree.utility(node, player);
        continue;
      }
      int first = tree.firstChild(node);
      int count = tree.childCount(node);
      double value = 0.0;
      if (actor == GameTree.CHANCE) {
        for (int k = 0; k < count; k++) {
          value += tree.chanceProbability(first + k) * values[first + k];
        }
        values[node] = value;
        continue;
      }
      int row = tree.infoset(node) * width;
      for (int k = 0; k < count; k++) {
        value += profile[row + k] * values[first + k];
      }
      values[node] = value;
      if (actor == player) {
        double weight = opponentReach[node];
        if (weight != 0.0) {
          for (int k = 0; k < count; k++) {
            regrets[row + k] += weight * (values[first + k] - value);
          }
        }
      }
    }
    for (int infoset = 0, n = tree.infosetCount(); infoset < n; infoset++) {
      if (tree.infosetPlayer(infoset) != player) {
        continue;
      }
      double reach = ownReach[tree.infosetNode(infoset, 0)];
      int row = infoset * width;
      RegretKernel.accumulate(strategySums, row, tree.actionCount(infoset), reach, profile, row);
    }
  }

  @Override
  public long iterations() {
    return iterations;
  }

  @Override
  public double[] averageBehaviour() {
    return RegretKernel.averageBehaviour(tree, strategySums);
  }

  /** The current regret-matching profile, a fresh per-slot array. */
  public double[] currentBehaviour() {
    return RegretKernel.currentBehaviour(tree, regrets);
  }
}
