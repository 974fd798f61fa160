package org.agora.core;

/**
 * Depth-first enumeration of every history of a finite game, simultaneous nodes expanded into every
 * joint action. Meant for small and medium games (statistics, tabular policies, export); algorithms
 * that sweep a tree repeatedly compile it into flat arrays instead.
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
    long[] visited = {0};
    return walk(game.newInitialState(), 0, nodeLimit, visitor, visited, width, game.playerCount());
  }

  private static boolean walk(State state, int depth, long limit, Visitor visitor, long[] visited, int width, int players) {
    if (visited[0] >= limit) {
      return false;
    }
    visited[0]++;
    visitor.visit(state, depth);
    if (state.isTerminal()) {
      return true;
    }
    if (state.isSimultaneousNode()) {
      int[][] legal = new int[players][width];
      int[] counts = new int[players];
      for (int p = 0; p < players; p++) {
        counts[p] = state.legalActions(p, legal[p]);
      }
      int[] digits = new int[players];
      int[] joint = new int[players];
      while (true) {
        for (int p = 0; p < players; p++) {
          joint[p] = legal[p][digits[p]];
        }
        State child = state.copy();
        child.apply(joint.clone());
        if (!walk(child, depth + 1, limit, visitor, visited, width, players)) {
          return false;
        }
        int p = players - 1;
        while (p >= 0 && ++digits[p] == counts[p]) {
          digits[p] = 0;
          p--;
        }
        if (p < 0) {
          return true;
        }
      }
    }
    int[] moves = new int[width];
    int count = state.legalActions(moves);
    for (int i = 0; i < count; i++) {
      State child = state.copy();
      child.apply(moves[i]);
      if (!walk(child, depth + 1, limit, visitor, visited, width, players)) {
        return false;
      }
    }
    return true;
  }
}
