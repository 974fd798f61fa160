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
   * True when the tree has at most {@code nodeLimit} nodes: a walk that records nothing and stops as
   * soon as the count passes the limit (the path is kept on an explicit stack, so deep trees are fine).
   */
  public static boolean withinLimit(Game game, long nodeLimit) {
    return StateEnumerator.walk(game, nodeLimit, (state, depth) -> { });
  }
}
