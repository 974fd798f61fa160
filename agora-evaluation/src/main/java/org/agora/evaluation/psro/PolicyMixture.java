package org.agora.evaluation.psro;

import java.util.List;
import org.agora.solvers.tree.GameTree;

/**
 * The behaviour strategy equivalent to a mixture of one player's behaviour strategies, by Kuhn's
 * theorem: at each of the player's information states {@code I},
 * {@code sigma(I, a) = sum_k w_k x_k(I) pi_k(I, a) / sum_k w_k x_k(I)}, where {@code x_k(I)} is the
 * probability that the player's own actions under {@code pi_k} lead to {@code I} (its realization
 * weight). Averaging the action probabilities without these weights would be wrong: it gives a
 * strategy that plays differently from "draw a policy, then follow it" wherever the policies disagree
 * on how to reach {@code I}. Where no weighted policy reaches {@code I} the plain weighted average is
 * used (any choice there leaves every expected return unchanged).
 *
 * <p>For a player with perfect recall the realization weight is the same at every node of an
 * information state; the value at the state's first node is used. O(nodes) per
 * {@link #ownReach}, O(policies x slots of the player) per {@link #mix}.
 */
public final class PolicyMixture {

  private PolicyMixture() {}

  /**
   * The realization weight {@code x(I)} of every information state of {@code player} under
   * {@code behaviour} (a per-slot profile of the tree); 0 for the other players' states.
   */
  public static double[] ownReach(GameTree tree, double[] behaviour, int player) {
    double[] nodeReach = new double[tree.nodeCount()];
    double[] infosetReach = new double[tree.infosetCount()];
    boolean[] seen = new boolean[tree.infosetCount()];
    int width = tree.maxActions();
    nodeReach[0] = 1.0;
    for (int node = 0, n = tree.nodeCount(); node < n; node++) {
      int actor = tree.player(node);
      if (actor == GameTree.TERMINAL) {
        continue;
      }
      int first = tree.firstChild(node);
      int count = tree.childCount(node);
      if (actor == player) {
        int infoset = tree.infoset(node);
        if (!seen[infoset]) {
          seen[infoset] = true;
          infosetReach[infoset] = nodeReach[node];
        }
        for (int k = 0; k < count; k++) {
          nodeReach[first + k] = nodeReach[node] * behaviour[infoset * width + k];
        }
      } else {
        for (int k = 0; k < count; k++) {
          nodeReach[first + k] = nodeReach[node];
        }
      }
    }
    return infosetReach;
  }

  /**
   * Writes into {@code out}, at {@code player}'s information states only, the behaviour strategy of
   * the mixture of {@code policies} with {@code weights}.
   *
   * @param policies per-slot profiles; only their entries at the player's states are read
   * @param reaches {@link #ownReach} of each policy for the player
   * @param weights the mixture weights, non-negative and summing to 1, one per policy
   */
  public static void mix(GameTree tree, int player, List<double[]> policies, List<double[]> reaches, double[] weights,
      double[] out) {
    if (policies.size() != weights.length || reaches.size() != weights.length) {
      throw new IllegalArgumentException(policies.size() + " policies, " + reaches.size() + " reaches and "
          + weights.length + " weights; they must match");
    }
    int width = tree.maxActions();
    for (int infoset = 0, n = tree.infosetCount(); infoset < n; infoset++) {
      if (tree.infosetPlayer(infoset) != player) {
        continue;
      }
      int row = infoset * width;
      int actions = tree.actionCount(infoset);
      double total = 0.0;
      for (int k = 0; k < weights.length; k++) {
        total += weights[k] * reaches.get(k)[infoset];
      }
      for (int a = 0; a < actions; a++) {
        double sum = 0.0;
        for (int k = 0; k < weights.length; k++) {
          double weight = total > 0.0 ? weights[k] * reaches.get(k)[infoset] : weights[k];
          sum += weight * policies.get(k)[row + a];
        }
        out[row + a] = total > 0.0 ? sum / total : sum;
      }
    }
  }
}
