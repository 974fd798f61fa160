package org.agora.core;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Size of a finite game tree: nodes by kind, depth and the number of distinct information states
 * of each player (keys seen at nodes where that player moves).
 *
 * @param nodes all histories, terminal ones included
 * @param terminalNodes terminal histories
 * @param chanceNodes chance histories
 * @param decisionNodes histories where exactly one player moves
 * @param simultaneousNodes histories where all players move
 * @param maxDepth longest history (number of moves)
 * @param informationStates distinct information-state keys per player at that player's moves
 */
public record TreeStatistics(
    long nodes,
    long terminalNodes,
    long chanceNodes,
    long decisionNodes,
    long simultaneousNodes,
    int maxDepth,
    List<Integer> informationStates) {

  public TreeStatistics {
    informationStates = List.copyOf(informationStates);
  }

  /** Total information states over all players. */
  public long totalInformationStates() {
    long total = 0;
    for (int count : informationStates) {
      total += count;
    }
    return total;
  }

  /**
   * Enumerates the tree; empty when it has more than {@code nodeLimit} nodes. The nodes are first
   * counted without recording anything, stopping as soon as the count passes the limit, so that a
   * tree over the limit costs at most {@code nodeLimit} visits and no memory per node; only a tree
   * within the limit is walked again to collect its information-state keys.
   */
  public static Optional<TreeStatistics> compute(Game game, long nodeLimit) {
    if (!withinLimit(game, nodeLimit)) {
      return Optional.empty();
    }
    int players = game.playerCount();
    long[] counts = new long[5];
    int[] maxDepth = {0};
    List<Set<String>> keys = new java.util.ArrayList<>();
    for (int p = 0; p < players; p++) {
      keys.add(new HashSet<>());
    }
    boolean complete = StateEnumerator.walk(game, nodeLimit, (state, depth) -> {
      counts[0]++;
      maxDepth[0] = Math.max(maxDepth[0], depth);
      Turn turn = state.turn();
      if (turn == Turn.TERMINAL) {
        counts[1]++;
      } else if (turn == Turn.CHANCE) {
        counts[2]++;
      } else if (turn == Turn.SIMULTANEOUS) {
        counts[4]++;
        for (int p = 0; p < players; p++) {
          keys.get(p).add(state.informationStateKey(p));
        }
      } else {
        counts[3]++;
        int player = state.currentPlayer();
        keys.get(player).add(state.informationStateKey(player));
      }
    });
    if (!complete) {
      return Optional.empty();
    }
    return Optional.of(new TreeStatistics(counts[0], counts[1], counts[2], counts[3], counts[4], maxDepth[0],
        keys.stream().map(Set::size).toList()));
  }

  /**
   * True when the tree has at most {@code nodeLimit} nodes. Counts depth-first and stops as soon as
   * the count passes the limit; reuses one action buffer per depth, so the only allocation per node
   * is the child state's copy, and nothing is kept.
   */
  public static boolean withinLimit(Game game, long nodeLimit) {
    return new NodeCounter(game, nodeLimit).withinLimit(game.newInitialState(), 0);
  }

  /** The counting walk behind {@link #withinLimit}: at most {@code limit} visits. */
  private static final class NodeCounter {
    private final int width;
    private final int players;
    private final java.util.ArrayList<int[][]> buffers = new java.util.ArrayList<>();
    private long remaining;

    NodeCounter(Game game, long limit) {
      this.width = Math.max(1, Math.max(game.actionCount(), game.maxChanceOutcomes()));
      this.players = game.playerCount();
      this.remaining = limit;
    }

    /** Buffers of one depth: the moves, then each player's legal actions, counts, digits and joint action. */
    private int[][] buffers(int depth) {
      while (buffers.size() <= depth) {
        int[][] buffer = new int[players + 4][];
        buffer[0] = new int[width];
        for (int p = 0; p < players; p++) {
          buffer[1 + p] = new int[width];
        }
        buffer[players + 1] = new int[players];
        buffer[players + 2] = new int[players];
        buffer[players + 3] = new int[players];
        buffers.add(buffer);
      }
      return buffers.get(depth);
    }

    boolean withinLimit(State state, int depth) {
      if (remaining == 0) {
        return false;
      }
      remaining--;
      if (state.isTerminal()) {
        return true;
      }
      int[][] buffer = buffers(depth);
      if (state.isSimultaneousNode()) {
        int[] counts = buffer[players + 1];
        int[] digits = buffer[players + 2];
        int[] joint = buffer[players + 3];
        for (int p = 0; p < players; p++) {
          counts[p] = state.legalActions(p, buffer[1 + p]);
          digits[p] = 0;
        }
        while (true) {
          for (int p = 0; p < players; p++) {
            joint[p] = buffer[1 + p][digits[p]];
          }
          State child = state.copy();
          child.apply(joint.clone());
          if (!withinLimit(child, depth + 1)) {
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
      int[] moves = buffer[0];
      int count = state.legalActions(moves);
      for (int i = 0; i < count; i++) {
        State child = state.copy();
        child.apply(moves[i]);
        if (!withinLimit(child, depth + 1)) {
          return false;
        }
      }
      return true;
    }
  }
}
