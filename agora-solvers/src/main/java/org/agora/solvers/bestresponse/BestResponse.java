package org.agora.solvers.bestresponse;

import java.util.Arrays;
import org.agora.solvers.tree.GameTree;

/**
 * Exact best response of one player to the fixed behaviour of everyone else, on a compiled
 * {@link GameTree}.
 *
 * <p>At each information state {@code I} of the responder the chosen slot maximises
 * {@code sum over h in I of reach_-i(h) * v(h, a)}, where {@code reach_-i} is the probability that
 * chance and the other players reach {@code h} and {@code v} is the responder's expected utility
 * below, under its own best choices further down. Information states are resolved on demand with
 * memoisation, so the cost is O(nodes). The result is a true best response for players with perfect
 * recall; under imperfect recall it is the locally optimal (behavioural) choice, and an absent-minded
 * information state (one node below another of the same state) is rejected.
 *
 * <p>Ties go to the lowest slot, so the result is deterministic.
 */
public final class BestResponse {

  private final GameTree tree;
  private final double[] behaviour;
  private final int responder;
  private final double[] opponentReach;
  private final double[] value;
  private final boolean[] valueKnown;
  private final int[] bestSlot;
  private final byte[] infosetState;

  /**
   * The responder's best response.
   *
   * @param player the responding player
   * @param value the responder's expected utility when playing it against the others' behaviour
   * @param bestSlot for each of the tree's information states, the chosen slot if it belongs to the
   *     responder, else -1
   */
  public record Result(int player, double value, int[] bestSlot) {

    /** A copy of {@code behaviour} in which the responder plays its best response (pure). */
    public double[] apply(GameTree tree, double[] behaviour) {
      double[] result = behaviour.clone();
      int width = tree.maxActions();
      for (int infoset = 0; infoset < bestSlot.length; infoset++) {
        if (bestSlot[infoset] >= 0) {
          Arrays.fill(result, infoset * width, infoset * width + tree.actionCount(infoset), 0.0);
          result[infoset * width + bestSlot[infoset]] = 1.0;
        }
      }
      return result;
    }
  }

  private BestResponse(GameTree tree, double[] behaviour, int responder) {
    this.tree = tree;
    this.behaviour = behaviour;
    this.responder = responder;
    this.opponentReach = PolicyEvaluation.reach(tree, behaviour, responder, new double[tree.nodeCount()]);
    this.value = new double[tree.nodeCount()];
    this.valueKnown = new boolean[tree.nodeCount()];
    this.bestSlot = new int[tree.infosetCount()];
    Arrays.fill(bestSlot, -1);
    this.infosetState = new byte[tree.infosetCount()];
  }

  /**
   * Best response of {@code player} to {@code behaviour} (a per-slot profile; the responder's own
   * entries are ignored).
   *
   * @throws IllegalArgumentException for a bad player or profile length, or an absent-minded
   *     information state of the responder
   */
  public static Result compute(GameTree tree, double[] behaviour, int player) {
    PolicyEvaluation.checkLength(tree, behaviour);
    if (player < 0 || player >= tree.playerCount()) {
      throw new IllegalArgumentException("player " + player + " is not in [0, " + tree.playerCount() + ")");
    }
    BestResponse search = new BestResponse(tree, behaviour, player);
    double rootValue = search.valueOf(0);
    return new Result(player, rootValue, search.bestSlot);
  }

  private double valueOf(int node) {
    if (valueKnown[node]) {
      return value[node];
    }
    int player = tree.player(node);
    double result;
    if (player == GameTree.TERMINAL) {
      result = tree.utility(node, responder);
    } else {
      int first = tree.firstChild(node);
      int count = tree.childCount(node);
      if (player == GameTree.CHANCE) {
        result = 0.0;
        for (int k = 0; k < count; k++) {
          result += tree.chanceProbability(first + k) * valueOf(first + k);
        }
      } else if (player == responder) {
        result = valueOf(first + slotOf(tree.infoset(node)));
      } else {
        int row = tree.infoset(node) * tree.maxActions();
        result = 0.0;
        for (int k = 0; k < count; k++) {
          double probability = behaviour[row + k];
          if (probability != 0.0) {
            result += probability * valueOf(first + k);
          }
        }
      }
    }
    value[node] = result;
    valueKnown[node] = true;
    return result;
  }

  private int slotOf(int infoset) {
    if (infosetState[infoset] == 2) {
      return bestSlot[infoset];
    }
    if (infosetState[infoset] == 1) {
      throw new IllegalArgumentException("information state '" + tree.infosetKey(infoset) + "' of player "
          + responder + " is absent-minded (one of its nodes lies below another); no behavioural best response");
    }
    infosetState[infoset] = 1;
    int actions = tree.actionCount(infoset);
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < actions; k++) {
      double total = 0.0;
      for (int i = 0, size = tree.infosetSize(infoset); i < size; i++) {
        int node = tree.infosetNode(infoset, i);
        double weight = opponentReach[node];
        if (weight != 0.0) {
          total += weight * valueOf(tree.firstChild(node) + k);
        }
      }
      if (total > bestValue) {
        bestValue = total;
        best = k;
      }
    }
    bestSlot[infoset] = best;
    infosetState[infoset] = 2;
    return best;
  }
}
