package org.agora.core;

import java.util.Arrays;

/**
 * Depth-first enumeration of every history of a finite game, simultaneous nodes expanded into every
 * joint action. Meant for small and medium games (statistics, tabular policies, export); algorithms
 * that sweep a tree repeatedly compile it into flat arrays instead. The path is kept on an explicit
 * stack (one frame per level), so deep trees do not overflow the thread's call stack.
 */
public final class StateEnumerator {

  private StateEnumerator() {}

  /** Called once for each node, parent before children. */
  @FunctionalInterface
  public interface Visitor {
    /** The state must not be modified or kept; copy it to keep it. */
    void visit(State state, int depth);
  }

  /**
   * Visits every node in depth-first order.
   *
   * @param nodeLimit stop after visiting this many nodes
   * @return true if the whole tree was visited, false if the limit stopped the walk
   */
  public static boolean walk(Game game, long nodeLimit, Visitor visitor) {
    int width = Math.max(1, Math.max(game.actionCount(), game.maxChanceOutcomes()));
    int players = game.playerCount();
    long visited = 0;
    // the path: one frame per level, holding the node's state and its next child to visit
    Frame[] stack = new Frame[64];
    int size = 0;
    State state = game.newInitialState();
    int depth = 0;
    while (true) {
      if (state != null) {
        if (visited >= nodeLimit) {
          return false;
        }
        visited++;
        visitor.visit(state, depth);
        if (!state.isTerminal()) {
          if (size == stack.length) {
            stack = Arrays.copyOf(stack, 2 * size);
          }
          stack[size++] = new Frame(state, depth, width, players);
        }
      }
      if (size == 0) {
        return true;
      }
      Frame top = stack[size - 1];
      state = top.nextChild();
      if (state == null) {
        stack[--size] = null;
      } else {
        depth = top.depth + 1;
      }
    }
  }

  /** A node whose children are being enumerated, in order (joint actions in odometer order). */
  private static final class Frame {
    final State state;
    final int depth;
    final int[] moves;
    final int count;
    /** At a simultaneous node: every player's legal actions and counts, and the current digits. */
    final int[][] legal;
    final int[] counts;
    final int[] digits;
    int next;
    boolean done;

    Frame(State state, int depth, int width, int players) {
      this.state = state;
      this.depth = depth;
      if (state.isSimultaneousNode()) {
        moves = null;
        legal = new int[players][width];
        counts = new int[players];
        for (int p = 0; p < players; p++) {
          counts[p] = state.legalActions(p, legal[p]);
        }
        digits = new int[players];
        count = 0;
      } else {
        moves = new int[width];
        count = state.legalActions(moves);
        legal = null;
        counts = null;
        digits = null;
      }
    }

    /** The state after the next child's move, or null when every child was returned. */
    State nextChild() {
      if (moves != null) {
        if (next == count) {
          return null;
        }
        State child = state.copy();
        child.apply(moves[next++]);
        return child;
      }
      if (done) {
        return null;
      }
      int players = digits.length;
      int[] joint = new int[players];
      for (int p = 0; p < players; p++) {
        joint[p] = legal[p][digits[p]];
      }
      int p = players - 1;
      while (p >= 0 && ++digits[p] == counts[p]) {
        digits[p] = 0;
        p--;
      }
      done = p < 0;
      State child = state.copy();
      child.apply(joint);
      return child;
    }
  }
}
