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
  /** The pending tasks of {@link #valueOf}. */
  private final PendingTasks pending = new PendingTasks();
  private static final int DONE = PendingTasks.DONE;

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

  /**
   * The responder's value at {@code root}. The memoised recursion (a node's value needs its
   * children's; a responder node's needs its information state's choice, which needs the values below
   * every node of the state) runs on an explicit stack of pending nodes and information states, so a
   * deep tree does not overflow the call stack; each pending task keeps a cursor to its next unknown
   * dependency, and sums are taken in the same order as a recursion would.
   */
  private double valueOf(int root) {
    pending.run(root, (task, top) -> task >= 0 ? resolveNode(task, top) : resolveInfoset(-task - 1, top));
    return value[root];
  }

  /** Computes the value of {@code node}, or returns the task it waits for (a node, or -1 - infoset). */
  private int resolveNode(int node, int top) {
    if (valueKnown[node]) {
      return DONE;
    }
    int player = tree.player(node);
    double result;
    if (player == GameTree.TERMINAL) {
      result = tree.utility(node, responder);
    } else {
      int first = tree.firstChild(node);
      int count = tree.childCount(node);
      if (player == responder) {
        int infoset = tree.infoset(node);
        if (infosetState[infoset] == 1) {
          throw absentMinded(infoset);
        }
        if (infosetState[infoset] == 0) {
          return -1 - infoset;
        }
        int child = first + bestSlot[infoset];
        if (!valueKnown[child]) {
          return child;
        }
        result = value[child];
      } else {
        boolean chance = player == GameTree.CHANCE;
        int row = chance ? 0 : tree.infoset(node) * tree.maxActions();
        for (int k = pending.cursor(top); k < count; k++) {
          if ((chance || behaviour[row + k] != 0.0) && !valueKnown[first + k]) {
            pending.setCursor(top, k);
            return first + k;
          }
        }
        pending.setCursor(top, count);
        result = 0.0;
        for (int k = 0; k < count; k++) {
          if (chance) {
            result += tree.chanceProbability(first + k) * value[first + k];
          } else {
            double probability = behaviour[row + k];
            if (probability != 0.0) {
              result += probability * value[first + k];
            }
          }
        }
      }
    }
    value[node] = result;
    valueKnown[node] = true;
    return DONE;
  }

  /** Chooses the best slot of {@code infoset}, or returns the node whose value it waits for. */
  private int resolveInfoset(int infoset, int top) {
    if (infosetState[infoset] == 2) {
      return DONE;
    }
    infosetState[infoset] = 1;
    int actions = tree.actionCount(infoset);
    int size = tree.infosetSize(infoset);
    for (int j = pending.cursor(top); j < actions * size; j++) {
      int node = tree.infosetNode(infoset, j % size);
      int child = tree.firstChild(node) + j / size;
      if (opponentReach[node] != 0.0 && !valueKnown[child]) {
        pending.setCursor(top, j);
        return child;
      }
    }
    pending.setCursor(top, actions * size);
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < actions; k++) {
      double total = 0.0;
      for (int i = 0; i < size; i++) {
        int node = tree.infosetNode(infoset, i);
        double weight = opponentReach[node];
        if (weight != 0.0) {
          total += weight * value[tree.firstChild(node) + k];
        }
      }
      if (total > bestValue) {
        bestValue = total;
        best = k;
      }
    }
    bestSlot[infoset] = best;
    infosetState[infoset] = 2;
    return DONE;
  }

  private IllegalArgumentException absentMinded(int infoset) {
    return new IllegalArgumentException("information state '" + tree.infosetKey(infoset) + "' of player "
        + responder + " is absent-minded (one of its nodes lies below another); no behavioural best response");
  }
}
