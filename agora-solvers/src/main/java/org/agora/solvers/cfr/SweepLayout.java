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
  /** Non-terminal nodes above the cut (see {@link #SweepLayout}), in increasing id. */
  final int[] topNodes;
  /** Per part, the non-terminal nodes of its subtrees below the cut, in increasing id. */
  final int[][] partNodes;
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

  /**
   * Lays out {@code tree} for sweeps split into {@code parts} parts: the tree is cut at the shallowest
   * depth with at least {@code 4 x parts} non-terminal nodes (or the depth with the most), and the
   * subtrees below the cut are dealt to the parts in id order, balancing their numbers of
   * non-terminal nodes.
   */
  SweepLayout(GameTree tree, int parts) {
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
    int topFill = 0;
    int[] perDepth = new int[maxDepth + 1];
    for (int node = 0, next = 0; node < nodeCount; node++) {
      if (!tree.isTerminal(node)) {
        internalNodes[next++] = node;
        perDepth[tree.depth(node)]++;
      }
    }
    int cut = 0;
    for (int d = 0; d <= maxDepth; d++) {
      if (perDepth[d] > perDepth[cut]) {
        cut = d;
      }
      if (perDepth[d] >= 4 * parts) {
        cut = d;
        break;
      }
    }
    // subtree[node]: index of the node's ancestor at the cut depth among the cut's nodes, -1 above it
    int[] subtree = new int[nodeCount];
    int[] subtreeSize = new int[perDepth[cut]];
    int subtrees = 0;
    int top = 0;
    for (int node : internalNodes) {
      int depth = tree.depth(node);
      if (depth < cut) {
        subtree[node] = -1;
        top++;
        continue;
      }
      subtree[node] = depth == cut ? subtrees++ : subtree[tree.parent(node)];
      subtreeSize[subtree[node]]++;
    }
    int[] partOf = new int[subtrees];
    int[] partSize = new int[parts];
    long before = 0;
    long below = internal - top;
    for (int i = 0; i < subtrees; i++) {
      partOf[i] = (int) Math.min(parts - 1, (2 * before + subtreeSize[i]) * parts / (2 * Math.max(1, below)));
      partSize[partOf[i]] += subtreeSize[i];
      before += subtreeSize[i];
    }
    topNodes = new int[top];
    partNodes = new int[parts][];
    for (int p = 0; p < parts; p++) {
      partNodes[p] = new int[partSize[p]];
    }
    Arrays.fill(partSize, 0);
    for (int node : internalNodes) {
      if (subtree[node] < 0) {
        topNodes[topFill++] = node;
      } else {
        int p = partOf[subtree[node]];
        partNodes[p][partSize[p]++] = node;
      }
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
