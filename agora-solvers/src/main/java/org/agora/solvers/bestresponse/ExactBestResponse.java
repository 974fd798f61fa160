package org.agora.solvers.bestresponse;

import java.util.Arrays;
import org.agora.core.Rational;
import org.agora.solvers.tree.GameTree;

/**
 * Best-response values, expected returns and NashConv in exact rational arithmetic, on a
 * {@link GameTree} compiled with exact values and an exact per-slot behaviour profile
 * ({@code Rational[infoset * maxActions + slot]}).
 *
 * <p>The same dynamic programme as {@link BestResponse}: at each information state I of the
 * responder the chosen slot maximises {@code sum over h in I of reach_-i(h) * v(h, a)}, resolved on
 * demand with memoisation; for a responder with perfect recall this is an exact best response
 * (Kuhn, "Extensive games and the problem of information", Contributions to the Theory of Games
 * II, 1953). {@code NashConv = sum over players of (best-response value - profile value)}, zero
 * exactly at a Nash equilibrium. Cost: O(players x nodes) rational operations.
 */
public final class ExactBestResponse {

  private final GameTree tree;
  private final Rational[] behaviour;
  private final int responder;
  private final Rational[] opponentReach;
  private final Rational[] value;
  private final int[] bestSlot;
  private final byte[] infosetState;
  /** The pending tasks of {@link #valueOf}. */
  private final PendingTasks pending = new PendingTasks();
  private static final int DONE = PendingTasks.DONE;

  private ExactBestResponse(GameTree tree, Rational[] behaviour, int responder) {
    this.tree = tree;
    this.behaviour = behaviour;
    this.responder = responder;
    this.opponentReach = new Rational[tree.nodeCount()];
    opponentReach[0] = Rational.ONE;
    for (int node = 0; node < tree.nodeCount(); node++) {
      int player = tree.player(node);
      if (player == GameTree.TERMINAL) {
        continue;
      }
      int first = tree.firstChild(node);
      for (int k = 0; k < tree.childCount(node); k++) {
        Rational factor = player == GameTree.CHANCE ? tree.exactChanceProbability(first + k)
            : player == responder ? Rational.ONE : behaviour[tree.infoset(node) * tree.maxActions() + k];
        opponentReach[first + k] = opponentReach[node].multiply(factor);
      }
    }
    this.value = new Rational[tree.nodeCount()];
    this.bestSlot = new int[tree.infosetCount()];
    Arrays.fill(bestSlot, -1);
    this.infosetState = new byte[tree.infosetCount()];
  }

  /**
   * The exact value of {@code player}'s best response to {@code behaviour} (the player's own
   * entries are ignored).
   *
   * @throws IllegalArgumentException for a bad player or profile length, or an absent-minded
   *     information state of the responder
   * @throws IllegalStateException unless the tree was compiled with exact values
   */
  public static Rational value(GameTree tree, Rational[] behaviour, int player) {
    check(tree, behaviour);
    if (player < 0 || player >= tree.playerCount()) {
      throw new IllegalArgumentException("player " + player + " is not in [0, " + tree.playerCount() + ")");
    }
    return new ExactBestResponse(tree, behaviour, player).valueOf(0);
  }

  /** Every player's exact expected utility under {@code behaviour}. */
  public static Rational[] expectedReturns(GameTree tree, Rational[] behaviour) {
    check(tree, behaviour);
    int players = tree.playerCount();
    Rational[][] values = new Rational[tree.nodeCount()][];
    for (int node = tree.nodeCount() - 1; node >= 0; node--) {
      Rational[] result = new Rational[players];
      int player = tree.player(node);
      if (player == GameTree.TERMINAL) {
        for (int p = 0; p < players; p++) {
          result[p] = tree.exactUtility(node, p);
        }
      } else {
        Arrays.fill(result, Rational.ZERO);
        int first = tree.firstChild(node);
        for (int k = 0; k < tree.childCount(node); k++) {
          Rational weight = player == GameTree.CHANCE ? tree.exactChanceProbability(first + k)
              : behaviour[tree.infoset(node) * tree.maxActions() + k];
          if (weight.signum() != 0) {
            for (int p = 0; p < players; p++) {
              result[p] = result[p].add(weight.multiply(values[first + k][p]));
            }
          }
          values[first + k] = null;
        }
      }
      values[node] = result;
    }
    return values[0];
  }

  /** Each player's exact gain from deviating to a best response (all nonnegative). */
  public static Rational[] improvements(GameTree tree, Rational[] behaviour) {
    Rational[] returns = expectedReturns(tree, behaviour);
    Rational[] gains = new Rational[tree.playerCount()];
    for (int p = 0; p < gains.length; p++) {
      gains[p] = value(tree, behaviour, p).subtract(returns[p]);
    }
    return gains;
  }

  /** The exact NashConv: the sum of {@link #improvements(GameTree, Rational[])}. */
  public static Rational nashConv(GameTree tree, Rational[] behaviour) {
    Rational total = Rational.ZERO;
    for (Rational gain : improvements(tree, behaviour)) {
      total = total.add(gain);
    }
    return total;
  }

  private static void check(GameTree tree, Rational[] behaviour) {
    if (behaviour.length != tree.infosetCount() * tree.maxActions()) {
      throw new IllegalArgumentException("behaviour has " + behaviour.length + " entries, expected "
          + tree.infosetCount() * tree.maxActions());
    }
    if (!tree.hasExactValues()) {
      throw new IllegalStateException("the tree of " + tree.game().name() + " was compiled without exact values");
    }
  }

  /**
   * The responder's exact value at {@code root}: the memoised recursion of {@link BestResponse} on an
   * explicit stack of pending nodes and information states (each with a cursor to its next unknown
   * dependency), so a deep tree does not overflow the call stack; sums keep the recursion's order.
   */
  private Rational valueOf(int root) {
    pending.run(root, (task, top) -> task >= 0 ? resolveNode(task, top) : resolveInfoset(-task - 1, top));
    return value[root];
  }

  private Rational weight(int node, int player, int k) {
    return player == GameTree.CHANCE ? tree.exactChanceProbability(tree.firstChild(node) + k)
        : behaviour[tree.infoset(node) * tree.maxActions() + k];
  }

  /** Computes the value of {@code node}, or returns the task it waits for (a node, or -1 - infoset). */
  private int resolveNode(int node, int top) {
    if (value[node] != null) {
      return DONE;
    }
    int player = tree.player(node);
    Rational result;
    if (player == GameTree.TERMINAL) {
      result = tree.exactUtility(node, responder);
    } else {
      int first = tree.firstChild(node);
      int count = tree.childCount(node);
      if (player == responder) {
        int infoset = tree.infoset(node);
        if (infosetState[infoset] == 1) {
          throw new IllegalArgumentException("information state '" + tree.infosetKey(infoset) + "' of player "
              + responder + " is absent-minded (one of its nodes lies below another); no behavioural best response");
        }
        if (infosetState[infoset] == 0) {
          return -1 - infoset;
        }
        int child = first + bestSlot[infoset];
        if (value[child] == null) {
          return child;
        }
        result = value[child];
      } else {
        for (int k = pending.cursor(top); k < count; k++) {
          if (weight(node, player, k).signum() != 0 && value[first + k] == null) {
            pending.setCursor(top, k);
            return first + k;
          }
        }
        pending.setCursor(top, count);
        result = Rational.ZERO;
        for (int k = 0; k < count; k++) {
          Rational weight = weight(node, player, k);
          if (weight.signum() != 0) {
            result = result.add(weight.multiply(value[first + k]));
          }
        }
      }
    }
    value[node] = result;
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
      if (opponentReach[node].signum() != 0 && value[child] == null) {
        pending.setCursor(top, j);
        return child;
      }
    }
    pending.setCursor(top, actions * size);
    int best = 0;
    Rational bestValue = null;
    for (int k = 0; k < actions; k++) {
      Rational total = Rational.ZERO;
      for (int i = 0; i < size; i++) {
        int node = tree.infosetNode(infoset, i);
        if (opponentReach[node].signum() != 0) {
          total = total.add(opponentReach[node].multiply(value[tree.firstChild(node) + k]));
        }
      }
      if (bestValue == null || total.compareTo(bestValue) > 0) {
        bestValue = total;
        best = k;
      }
    }
    bestSlot[infoset] = best;
    infosetState[infoset] = 2;
    return DONE;
  }
}
