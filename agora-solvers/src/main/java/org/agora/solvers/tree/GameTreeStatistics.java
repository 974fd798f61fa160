package org.agora.solvers.tree;

/**
 * Size of a compiled {@link GameTree}.
 *
 * @param nodes all nodes
 * @param decisionNodes nodes where one player moves (a simultaneous move counts one per player)
 * @param chanceNodes chance nodes
 * @param terminalNodes terminal nodes
 * @param infosetsByPlayer number of information states of each player
 * @param maxActions largest number of legal actions at an information state
 * @param maxDepth longest root-to-terminal path
 * @param memoryBytes approximate size of the tree's primitive arrays
 * @param buildMillis compile time in milliseconds
 */
public record GameTreeStatistics(long nodes, long decisionNodes, long chanceNodes, long terminalNodes,
    int[] infosetsByPlayer, int maxActions, int maxDepth, long memoryBytes, double buildMillis) {

  /** Information states of all players. */
  public int infosets() {
    int total = 0;
    for (int count : infosetsByPlayer) {
      total += count;
    }
    return total;
  }
}
