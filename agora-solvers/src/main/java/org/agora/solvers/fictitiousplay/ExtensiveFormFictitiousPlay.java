package org.agora.solvers.fictitiousplay;

import org.agora.solvers.bestresponse.BestResponse;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/**
 * Extensive-form fictitious play, XFP (Heinrich, Lanctot and Silver, "Fictitious Self-Play in
 * Extensive-Form Games", ICML 2015), on a compiled {@link GameTree}.
 *
 * <p>The average profile {@code pi} starts uniform. Iteration {@code t = 1, 2, ...} computes every
 * player's exact best response {@code beta_i} to {@code pi} ({@link BestResponse}, all against the
 * same {@code pi}), then mixes each player's behaviour strategy with its best response so that the
 * result is realization-equivalent to the mixture {@code (1 - alpha) pi_i + alpha beta_i} of the two
 * (the paper's Theorem 6): at each information state {@code I} of player {@code i},
 * <pre>
 *   pi'(I, a) = [(1 - alpha) x_pi(I) pi(I, a) + alpha x_beta(I) beta(I, a)]
 *             / [(1 - alpha) x_pi(I) + alpha x_beta(I)]
 * </pre>
 * where {@code x} is player {@code i}'s own realization probability of {@code I}. The step is
 * {@code alpha = 1 / (t + 1)}, the paper's {@code alpha_{k} = 1/k} for the update producing
 * {@code pi_{k}} from {@code pi_{k-1}} with {@code pi_1} uniform: after {@code t} iterations the
 * average is realization-equivalent to the plain average of the uniform profile and the {@code t}
 * best responses. Where both realization weights are 0 the row is kept.
 *
 * <p>Exploitability decreases roughly like {@code 1/sqrt(t)} (fictitious play). Cost per iteration:
 * one best response and one reach pass per player, O(players x nodes).
 */
public final class ExtensiveFormFictitiousPlay implements IterativeSolver {

  private final GameTree tree;
  private final int width;
  private final double[] average;
  private final double[] averageReach;
  private final double[] responseReach;
  private final double[][] responses;
  private long iterations;

  /** Fictitious play from the uniform profile. */
  public ExtensiveFormFictitiousPlay(GameTree tree) {
    this.tree = tree;
    this.width = tree.maxActions();
    this.average = tree.uniformBehaviour();
    this.averageReach = new double[tree.nodeCount()];
    this.responseReach = new double[tree.nodeCount()];
    this.responses = new double[tree.playerCount()][];
  }

  @Override
  public GameTree tree() {
    return tree;
  }

  @Override
  public void iterate(int count) {
    int players = tree.playerCount();
    for (int t = 0; t < count; t++) {
      for (int player = 0; player < players; player++) {
        responses[player] = BestResponse.compute(tree, average, player).apply(tree, average);
      }
      double alpha = 1.0 / (iterations + 2);
      for (int player = 0; player < players; player++) {
        ownReach(average, player, averageReach);
        ownReach(responses[player], player, responseReach);
        double[] response = responses[player];
        for (int infoset = 0, n = tree.infosetCount(); infoset < n; infoset++) {
          if (tree.infosetPlayer(infoset) != player) {
            continue;
          }
          int node = tree.infosetNode(infoset, 0);
          double oldWeight = (1.0 - alpha) * averageReach[node];
          double newWeight = alpha * responseReach[node];
          double total = oldWeight + newWeight;
          if (total <= 0.0) {
            continue;
          }
          int row = infoset * width;
          for (int k = 0, actions = tree.actionCount(infoset); k < actions; k++) {
            average[row + k] = (oldWeight * average[row + k] + newWeight * response[row + k]) / total;
          }
        }
      }
      iterations++;
    }
  }

  /** Player's own realization probability of every node under {@code behaviour} (others' and chance factors 1). */
  private void ownReach(double[] behaviour, int player, double[] out) {
    out[0] = 1.0;
    for (int node = 0, n = tree.nodeCount(); node < n; node++) {
      int actor = tree.player(node);
      if (actor == GameTree.TERMINAL) {
        continue;
      }
      int first = tree.firstChild(node);
      int count = tree.childCount(node);
      double here = out[node];
      if (actor == player) {
        int row = tree.infoset(node) * width;
        for (int k = 0; k < count; k++) {
          out[first + k] = here * behaviour[row + k];
        }
      } else {
        for (int k = 0; k < count; k++) {
          out[first + k] = here;
        }
      }
    }
  }

  @Override
  public long iterations() {
    return iterations;
  }

  @Override
  public double[] averageBehaviour() {
    return average.clone();
  }
}
