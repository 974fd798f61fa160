package org.agora.io;

import org.agora.core.Rational;

/**
 * An immutable game tree held in primitive arrays, in Gambit's terms: nodes in prefix order (a node
 * before its children, children in action order), information sets with their action labels (and
 * exact probabilities for chance), and outcomes attached to nodes.
 *
 * <p>Node {@code n}'s {@code a}-th child is {@code childNode[firstSlot[n] + a]}. The exact payoff
 * of a node, {@code cumulativePayoff[n * playerCount + p]}, is the sum of the outcomes on the path
 * from the root to {@code n} inclusive (Gambit's semantics), so at a terminal node it is the payoff.
 * Players are 0-based here ({@code -1} stands for chance); information-set and outcome numbers keep
 * the file's 1-based numbering. Information sets are indexed densely in first-seen (prefix) order.
 *
 * <p>Fields are package-private and never modified after construction; the arrays are not copied.
 */
final class ExplicitTree {

  /** Node kind: terminal. */
  static final byte TERMINAL = 0;
  /** Node kind: chance. */
  static final byte CHANCE = 1;
  /** Node kind: one player decides. */
  static final byte DECISION = 2;

  final String title;
  final String comment;
  final String[] playerNames;
  final int playerCount;
  final int nodeCount;

  final byte[] kind;
  final int[] player;
  final int[] infoset;
  final int[] parent;
  final int[] depth;
  final int[] firstSlot;
  final int[] childCount;
  final int[] childNode;
  final String[] nodeName;
  final int[] outcome;
  final Rational[] cumulativePayoff;
  final double[] cumulativePayoffValue;

  final int[] infosetPlayer;
  final int[] infosetNumber;
  final String[] infosetName;
  final String[][] actionLabels;
  final Rational[][] probabilities;
  final double[][] probabilityValues;
  final int[] infosetNodeCount;

  final int[] outcomeNumber;
  final String[] outcomeName;
  final Rational[][] outcomePayoffs;

  ExplicitTree(String title, String comment, String[] playerNames, TreeBuilder.Nodes nodes,
      TreeBuilder.Infosets infosets, TreeBuilder.Outcomes outcomes) {
    this.title = title;
    this.comment = comment;
    this.playerNames = playerNames;
    this.playerCount = playerNames.length;
    this.nodeCount = nodes.count;
    this.kind = nodes.kind;
    this.player = nodes.player;
    this.infoset = nodes.infoset;
    this.parent = nodes.parent;
    this.depth = nodes.depth;
    this.firstSlot = nodes.firstSlot;
    this.childCount = nodes.childCount;
    this.childNode = nodes.childNode;
    this.nodeName = nodes.name;
    this.outcome = nodes.outcome;
    this.cumulativePayoff = nodes.cumulative;
    this.cumulativePayoffValue = new double[cumulativePayoff.length];
    for (int i = 0; i < cumulativePayoff.length; i++) {
      cumulativePayoffValue[i] = cumulativePayoff[i].doubleValue();
    }
    this.infosetPlayer = infosets.player;
    this.infosetNumber = infosets.number;
    this.infosetName = infosets.name;
    this.actionLabels = infosets.labels;
    this.probabilities = infosets.probabilities;
    this.probabilityValues = new double[probabilities.length][];
    for (int i = 0; i < probabilities.length; i++) {
      if (probabilities[i] != null) {
        probabilityValues[i] = new double[probabilities[i].length];
        for (int a = 0; a < probabilities[i].length; a++) {
          probabilityValues[i][a] = probabilities[i][a].doubleValue();
        }
      }
    }
    this.infosetNodeCount = new int[infosetPlayer.length];
    for (int n = 0; n < nodeCount; n++) {
      if (infoset[n] >= 0) {
        infosetNodeCount[infoset[n]]++;
      }
    }
    this.outcomeNumber = outcomes.number;
    this.outcomeName = outcomes.name;
    this.outcomePayoffs = outcomes.payoffs;
  }

  /** Number of information sets (chance ones included). */
  int infosetCount() {
    return infosetPlayer.length;
  }

  /** Number of outcomes. */
  int outcomeCount() {
    return outcomeNumber.length;
  }

  /** Child of {@code node} reached by action (or chance outcome) {@code action}. */
  int child(int node, int action) {
    return childNode[firstSlot[node] + action];
  }

  /** Exact payoff of {@code player} accumulated at {@code node}. */
  Rational payoff(int node, int player) {
    return cumulativePayoff[node * playerCount + player];
  }

  /** True if some node is a chance node. */
  boolean hasChance() {
    for (byte k : kind) {
      if (k == CHANCE) {
        return true;
      }
    }
    return false;
  }
}
