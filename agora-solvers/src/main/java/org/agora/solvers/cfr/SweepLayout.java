package org.agora.solvers.cfr;

import java.util.Arrays;
import org.agora.solvers.tree.GameTree;

/**
 * The arrays of a {@link GameTree} in the shape {@link AbstractCfrSolver}'s passes read them: per
 * node, per information state, and the non-terminal nodes in id order and by depth. Built once per
 * solver in O(nodes).
 */
final class SweepLayout {

  final int[] firstChild;
  final int[] childCount;
  /** Acting player, {@link GameTree#CHANCE} or {@link GameTree#TERMINAL}, per node. */
  final int[] nodePlayer;
  /** First slot of the node's information state ({@code infoset * width}), or -1. */
  final int[] nodeRow;
  /** Information state of the node, or -1. */
  final int[] nodeInfoset;
  /** Probability of the chance outcome leading to the node (1 below decision nodes). */
  final double[] chanceProbability;
  /** Non-terminal nodes in increasing id. */
  final int[] internalNodes;
  /** Non-terminal nodes by depth, then id; depth {@code d} at {@code [internalDepthOffset[d], internalDepthOffset[d + 1])}. */
  final int[] internalByDepth;
  final int[] internalDepthOffset;
  /** Per player, the utility at each terminal node and 0 elsewhere; the solver owns these arrays and writes its values of the other nodes into them. */
  final double[][] terminalUtilities;
  final int[] actionCount;
  /** Nodes of information state {@code i}: {@code infosetNodes[infosetNodeOffset[i] .. infosetNodeOffset[i + 1])}. */
  final int[] infosetNodeOffset;
  final int[] infosetNodes;
  /** Information states of each player, in increasing id. */
  final int[][] playerInfosets;
  /** 0 .. infosets - 1. */
  final int[] allInfosets;

  SweepLayout(GameTree tree) {
    int nodeCount = tree.nodeCount();
    int width = tree.maxActions();
    int playerCount = tree.playerCount();
    int infosets = tree.infosetCount();
    firstChild = new int[nodeCount];
    childCount = new int[nodeCount];
    nodePlayer = new int[nodeCount];
    nodeRow = new int[nodeCount];
    nodeInfoset = new int[nodeCount];
    chanceProbability = new double[nodeCount];
    terminalUtilities = new double[playerCount][nodeCount];
    int internal = 0;
    int maxDepth = 0;
    for (int node = 0; node < nodeCount; node++) {
      nodePlayer[node] = tree.player(node);
      nodeInfoset[node] = tree.infoset(node);
      nodeRow[node] = tree.infoset(node) < 0 ? -1 : tree.infoset(node) * width;
      chanceProbability[node] = tree.chanceProbability(node);
      maxDepth = Math.max(maxDepth, tree.depth(node));
      if (tree.isTerminal(node)) {
        for (int p = 0; p < playerCount; p++) {
          terminalUtilities[p][node] = tree.utility(node, p);
        }
      } else {
        internal++;
        firstChild[node] = tree.firstChild(node);
        childCount[node] = tree.childCount(node);
      }
    }
    internalNodes = new int[internal];
    internalByDepth = new int[internal];
    internalDepthOffset = new int[maxDepth + 2];
    for (int node = 0, next = 0; node < nodeCount; node++) {
      if (!tree.isTerminal(node)) {
        internalNodes[next++] = node;
        internalDepthOffset[tree.depth(node) + 1]++;
      }
    }
    for (int d = 0; d <= maxDepth; d++) {
      internalDepthOffset[d + 1] += internalDepthOffset[d];
    }
    int[] fill = Arrays.copyOf(internalDepthOffset, maxDepth + 1);
    for (int node : internalNodes) {
      internalByDepth[fill[tree.depth(node)]++] = node;
    }

    actionCount = new int[infosets];
    infosetNodeOffset = new int[infosets + 1];
    int[] perPlayer = new int[playerCount];
    for (int i = 0; i < infosets; i++) {
      actionCount[i] = tree.actionCount(i);
      infosetNodeOffset[i + 1] = infosetNodeOffset[i] + tree.infosetSize(i);
      perPlayer[tree.infosetPlayer(i)]++;
    }
    infosetNodes = new int[infosetNodeOffset[infosets]];
    playerInfosets = new int[playerCount][];
    for (int p = 0; p < playerCount; p++) {
      playerInfosets[p] = new int[perPlayer[p]];
    }
    Arrays.fill(perPlayer, 0);
    allInfosets = new int[infosets];
    for (int i = 0; i < infosets; i++) {
      allInfosets[i] = i;
      int player = tree.infosetPlayer(i);
      playerInfosets[player][perPlayer[player]++] = i;
      for (int j = 0, size = tree.infosetSize(i); j < size; j++) {
        infosetNodes[infosetNodeOffset[i] + j] = tree.infosetNode(i, j);
      }
    }
  }
}
