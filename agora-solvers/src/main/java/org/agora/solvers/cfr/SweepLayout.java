package org.agora.solvers.cfr;

import java.util.Arrays;
import org.agora.solvers.tree.GameTree;

/**
 * The arrays of a {@link GameTree} in the shape {@link AbstractCfrSolver}'s passes read them. The
 * non-terminal nodes are numbered {@code 0 .. internal - 1} in increasing node id ("internal
 * indices") and their data is packed by that index, so the passes stream through short arrays
 * instead of skipping over terminal entries. The move probabilities of every non-terminal node are
 * one row of a single table: the current strategy of an information state (slots
 * {@code infoset * width ..}) or, after all slots, the chance probabilities of a chance node, so the
 * passes treat chance and decision nodes alike. Built once per solver in O(nodes).
 */
final class SweepLayout {

  /** Node id of each internal index, increasing. */
  final int[] internalNodes;
  /** First child (node id) per internal index; the children are {@code [firstChild, endChild)}. */
  final int[] firstChild;
  final int[] endChild;
  /** Acting player per internal index, or {@link GameTree#CHANCE}. */
  final int[] mover;
  /** Start of the node's row of move probabilities in the table, per internal index. */
  final int[] row;
  /** Length of the move-probability table: slots, then chance probabilities. */
  final int tableLength;
  /** The table's chance part, from position {@code infosets * width}. */
  final double[] chanceTable;
  /** Per player, the utility at each terminal node and 0 elsewhere; the solver owns these arrays and writes its values of the other nodes into them. */
  final double[][] terminalUtilities;
  /** Internal indices above the cut (see {@link #SweepLayout}), increasing. */
  final int[] topIndices;
  /** Per part, the internal indices of its subtrees below the cut, increasing. */
  final int[][] partIndices;
  /** 0 .. internal - 1. */
  final int[] allIndices;
  final int[] actionCount;
  /** Internal indices of information state {@code i}: {@code infosetIndices[infosetOffset[i] .. infosetOffset[i + 1])}, increasing. */
  final int[] infosetOffset;
  final int[] infosetIndices;
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
    int slots = infosets * width;
    terminalUtilities = new double[playerCount][nodeCount];
    int[] indexOf = new int[nodeCount];
    int internal = 0;
    int chanceEdges = 0;
    int maxDepth = 0;
    for (int node = 0; node < nodeCount; node++) {
      maxDepth = Math.max(maxDepth, tree.depth(node));
      indexOf[node] = -1;
      if (tree.isTerminal(node)) {
        for (int p = 0; p < playerCount; p++) {
          terminalUtilities[p][node] = tree.utility(node, p);
        }
      } else {
        indexOf[node] = internal++;
        if (tree.isChance(node)) {
          chanceEdges += tree.childCount(node);
        }
      }
    }
    internalNodes = new int[internal];
    firstChild = new int[internal];
    endChild = new int[internal];
    mover = new int[internal];
    row = new int[internal];
    allIndices = new int[internal];
    tableLength = slots + chanceEdges;
    chanceTable = new double[chanceEdges];
    int[] perDepth = new int[maxDepth + 1];
    for (int node = 0, chanceFill = 0; node < nodeCount; node++) {
      int j = indexOf[node];
      if (j < 0) {
        continue;
      }
      internalNodes[j] = node;
      allIndices[j] = j;
      firstChild[j] = tree.firstChild(node);
      endChild[j] = tree.firstChild(node) + tree.childCount(node);
      mover[j] = tree.player(node);
      perDepth[tree.depth(node)]++;
      if (tree.isChance(node)) {
        row[j] = slots + chanceFill;
        for (int child = firstChild[j]; child < endChild[j]; child++) {
          chanceTable[chanceFill++] = tree.chanceProbability(child);
        }
      } else {
        row[j] = tree.infoset(node) * width;
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
    // subtree[j]: which of the cut's nodes is the ancestor of internal index j; -1 above the cut
    int[] subtree = new int[internal];
    int[] subtreeSize = new int[internal == 0 ? 0 : perDepth[cut]];
    int subtrees = 0;
    int top = 0;
    for (int j = 0; j < internal; j++) {
      int node = internalNodes[j];
      int depth = tree.depth(node);
      if (depth < cut) {
        subtree[j] = -1;
        top++;
        continue;
      }
      subtree[j] = depth == cut ? subtrees++ : subtree[indexOf[tree.parent(node)]];
      subtreeSize[subtree[j]]++;
    }
    int[] partOf = new int[subtrees];
    int[] partSize = new int[parts];
    long before = 0;
    long below = Math.max(1, internal - top);
    for (int i = 0; i < subtrees; i++) {
      partOf[i] = (int) Math.min(parts - 1, (2 * before + subtreeSize[i]) * parts / (2 * below));
      partSize[partOf[i]] += subtreeSize[i];
      before += subtreeSize[i];
    }
    topIndices = new int[top];
    partIndices = new int[parts][];
    for (int p = 0; p < parts; p++) {
      partIndices[p] = new int[partSize[p]];
    }
    Arrays.fill(partSize, 0);
    for (int j = 0, topFill = 0; j < internal; j++) {
      if (subtree[j] < 0) {
        topIndices[topFill++] = j;
      } else {
        int p = partOf[subtree[j]];
        partIndices[p][partSize[p]++] = j;
      }
    }

    actionCount = new int[infosets];
    infosetOffset = new int[infosets + 1];
    int[] perPlayer = new int[playerCount];
    for (int i = 0; i < infosets; i++) {
      actionCount[i] = tree.actionCount(i);
      infosetOffset[i + 1] = infosetOffset[i] + tree.infosetSize(i);
      perPlayer[tree.infosetPlayer(i)]++;
    }
    infosetIndices = new int[infosetOffset[infosets]];
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
      for (int k = 0, size = tree.infosetSize(i); k < size; k++) {
        infosetIndices[infosetOffset[i] + k] = indexOf[tree.infosetNode(i, k)];
      }
    }
  }
}
