package org.agora.io;

import org.agora.core.Game;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.Turn;
import org.agora.core.tree.ExplicitTree;

/**
 * A position in an {@link EfgGame}: a node of its explicit tree.
 *
 * <p>A Gambit file defines what a player knows only at the player's own nodes. Elsewhere the
 * information-state key of a player is the player's own moves so far ({@code P1 moves I1=0 I3=1}):
 * the view of a player who remembers its choices and sees nothing else. Returns before the end are
 * the outcomes collected so far on the path.
 *
 * <p>The state is its node alone: the history is the path from the root, read from the tree's parent
 * links when asked for, so a copy costs O(1) however deep the node (a walk over a tree that copied a
 * history per node would cost time and memory quadratic in the depth).
 */
final class EfgState implements State {

  private final EfgGame game;
  private final ExplicitTree tree;
  /** False when the caller turned history recording off: history() and historyLength() then throw. */
  private final boolean recordHistory;
  private int node;

  EfgState(EfgGame game, boolean recordHistory) {
    this.game = game;
    this.tree = game.explicitTree();
    this.recordHistory = recordHistory;
  }

  private EfgState(EfgState other) {
    this.game = other.game;
    this.tree = other.tree;
    this.recordHistory = other.recordHistory;
    this.node = other.node;
  }

  /** The current node of the tree. */
  int node() {
    return node;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    return switch (tree.kind(node)) {
      case ExplicitTree.TERMINAL -> Turn.TERMINAL;
      case ExplicitTree.CHANCE -> Turn.CHANCE;
      default -> Turn.decision(tree.player(node));
    };
  }

  @Override
  public int legalActions(int player, int[] out) {
    if (tree.kind(node) != ExplicitTree.DECISION || tree.player(node) != player) {
      return 0;
    }
    int count = tree.childCount(node);
    for (int a = 0; a < count; a++) {
      out[a] = a;
    }
    return count;
  }

  @Override
  public int legalActions(int[] out) {
    if (tree.kind(node) == ExplicitTree.TERMINAL) {
      return 0;
    }
    if (tree.kind(node) == ExplicitTree.CHANCE) {
      return possibleOutcomes(out);
    }
    int count = tree.childCount(node);
    for (int a = 0; a < count; a++) {
      out[a] = a;
    }
    return count;
  }

  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    if (tree.kind(node) != ExplicitTree.CHANCE) {
      return 0;
    }
    int infoset = tree.infoset(node);
    int count = 0;
    for (int a = 0, n = tree.actionCount(infoset); a < n; a++) {
      if (tree.probability(infoset, a).signum() > 0) {
        outcomes[count] = a;
        probabilities[count++] = tree.probabilityValue(infoset, a);
      }
    }
    return count;
  }

  /**
   * Chance outcomes with positive probability. A Gambit file may give a chance action probability
   * 0; the branch stays in the tree (and in written files and the reduced normal form) but is not an
   * outcome that play can produce.
   */
  private int possibleOutcomes(int[] out) {
    int infoset = tree.infoset(node);
    int count = 0;
    for (int a = 0, n = tree.actionCount(infoset); a < n; a++) {
      if (tree.probability(infoset, a).signum() > 0) {
        out[count++] = a;
      }
    }
    return count;
  }

  /** Exact chance outcomes (see {@link org.agora.core.ExactValues}). */
  int exactChanceOutcomes(int[] outcomes, Rational[] probabilities) {
    if (tree.kind(node) != ExplicitTree.CHANCE) {
      return 0;
    }
    int infoset = tree.infoset(node);
    int count = 0;
    for (int a = 0, n = tree.actionCount(infoset); a < n; a++) {
      Rational value = tree.probability(infoset, a);
      if (value.signum() > 0) {
        outcomes[count] = a;
        probabilities[count++] = value;
      }
    }
    return count;
  }

  @Override
  public void apply(int action) {
    if (tree.kind(node) == ExplicitTree.TERMINAL) {
      throw new IllegalStateException("apply(int) at a " + Turn.TERMINAL + " node");
    }
    if (action < 0 || action >= tree.childCount(node)) {
      throw new IllegalArgumentException("action " + action + " is not legal at node " + node
          + " (legal: 0 to " + (tree.childCount(node) - 1) + ")");
    }
    if (tree.kind(node) == ExplicitTree.CHANCE && tree.probability(tree.infoset(node), action).signum() == 0) {
      throw new IllegalArgumentException("chance outcome " + action + " at node " + node + " has probability 0");
    }
    node = tree.child(node, action);
  }

  @Override
  public void apply(int[] jointAction) {
    throw new IllegalStateException("apply(int[]) at a " + turn() + " node");
  }

  @Override
  public int historyLength() {
    checkHistoryRecorded();
    return tree.depth(node);
  }

  /** The path from the root to the current node: each move is the node's index among its parent's children. */
  @Override
  public int[] history() {
    checkHistoryRecorded();
    int[] history = new int[tree.depth(node)];
    for (int current = node, i = history.length - 1; i >= 0; current = tree.parent(current), i--) {
      history[i] = slotInParent(current);
    }
    return history;
  }

  private void checkHistoryRecorded() {
    if (!recordHistory) {
      throw new IllegalStateException("history recording is off for this state (created with newInitialState(false))");
    }
  }

  /** The action that leads from the parent of {@code child} (not the root) to it. */
  private int slotInParent(int child) {
    int parent = tree.parent(child);
    for (int a = 0, count = tree.childCount(parent); a < count; a++) {
      if (tree.child(parent, a) == child) {
        return a;
      }
    }
    throw new IllegalStateException("node " + child + " is not a child of its parent " + parent);
  }

  @Override
  public double returns(int player) {
    return tree.payoffValue(node, player);
  }

  /** Exact return (see {@link org.agora.core.ExactValues}). */
  Rational exactReturn(int player) {
    return tree.payoff(node, player);
  }

  @Override
  public String informationStateKey(int player) {
    if (tree.kind(node) == ExplicitTree.DECISION && tree.player(node) == player) {
      return game.infosetKey(tree.infoset(node));
    }
    // the path's nodes, read upwards from the node, then the player's own moves in root-first order
    int[] path = new int[tree.depth(node) + 1];
    for (int current = node, i = path.length - 1; i >= 0; current = tree.parent(current), i--) {
      path[i] = current;
    }
    StringBuilder key = new StringBuilder("P").append(player + 1).append(" moves");
    for (int i = 0; i + 1 < path.length; i++) {
      int current = path[i];
      if (tree.kind(current) == ExplicitTree.DECISION && tree.player(current) == player) {
        key.append(" I").append(tree.infosetNumber(tree.infoset(current))).append('=').append(slotInParent(path[i + 1]));
      }
    }
    return key.toString();
  }

  @Override
  public String observation(int player) {
    return informationStateKey(player);
  }

  @Override
  public String actionToString(int player, int action) {
    return label(action);
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    return label(outcome);
  }

  private String label(int action) {
    if (tree.kind(node) == ExplicitTree.TERMINAL || action < 0 || action >= tree.childCount(node)) {
      return "action " + (action + 1);
    }
    String label = tree.actionLabel(tree.infoset(node), action);
    return label.isEmpty() ? Integer.toString(action + 1) : label;
  }

  @Override
  public State copy() {
    return new EfgState(this);
  }

  @Override
  public String toString() {
    String name = tree.nodeName(node);
    return game.name() + " node " + node + (name.isEmpty() ? "" : " \"" + name + "\"");
  }
}
