package org.agora.core.tree;

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
 * <p>Built by {@link TreeBuilder} (from a {@code .efg} file) or by {@link ExplicitTreeCompiler}
 * (from a game's states); read by the reduced normal form and by the {@code .efg} writer and game of
 * agora-io. Nothing is modified after construction.
 */
public final class ExplicitTree {

  /** Node kind: terminal. */
  public static final byte TERMINAL = 0;
  /** Node kind: chance. */
  public static final byte CHANCE = 1;
  /** Node kind: one player decides. */
  public static final byte DECISION = 2;

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

  /** Title of the game. */
  public String title() {
    return title;
  }

  /** Comment of the game (empty when none). */
  public String comment() {
    return comment;
  }

  /** Name of {@code player} (0-based). */
  public String playerName(int player) {
    return playerNames[player];
  }

  /** Number of players. */
  public int playerCount() {
    return playerCount;
  }

  /** Number of nodes. */
  public int nodeCount() {
    return nodeCount;
  }

  /** Kind of {@code node}: {@link #TERMINAL}, {@link #CHANCE} or {@link #DECISION}. */
  public byte kind(int node) {
    return kind[node];
  }

  /** The 0-based player deciding at {@code node}, -1 at chance and terminal nodes. */
  public int player(int node) {
    return player[node];
  }

  /** Information-set id of {@code node}, -1 at a terminal node. */
  public int infoset(int node) {
    return infoset[node];
  }

  /** Parent of {@code node}, -1 for the root. */
  public int parent(int node) {
    return parent[node];
  }

  /** Number of moves from the root to {@code node}. */
  public int depth(int node) {
    return depth[node];
  }

  /** Number of children of {@code node} (0 at a terminal node). */
  public int childCount(int node) {
    return childCount[node];
  }

  /** Name of {@code node} (empty when none). */
  public String nodeName(int node) {
    return nodeName[node];
  }

  /** Outcome id attached to {@code node}, -1 for none. */
  public int outcome(int node) {
    return outcome[node];
  }

  /** {@link #payoff(int, int)} as a double. */
  public double payoffValue(int node, int player) {
    return cumulativePayoffValue[node * playerCount + player];
  }

  /** Owner of information set {@code infoset}: a 0-based player, or -1 for chance. */
  public int infosetPlayer(int infoset) {
    return infosetPlayer[infoset];
  }

  /** The file's (1-based, per player) number of information set {@code infoset}. */
  public int infosetNumber(int infoset) {
    return infosetNumber[infoset];
  }

  /** Name of information set {@code infoset} (empty when none). */
  public String infosetName(int infoset) {
    return infosetName[infoset];
  }

  /** Number of actions (or chance outcomes) of information set {@code infoset}. */
  public int actionCount(int infoset) {
    return actionLabels[infoset].length;
  }

  /** Label of action {@code action} of information set {@code infoset}. */
  public String actionLabel(int infoset, int action) {
    return actionLabels[infoset][action];
  }

  /** Exact probability of outcome {@code action} of chance information set {@code infoset}. */
  public Rational probability(int infoset, int action) {
    return probabilities[infoset][action];
  }

  /** {@link #probability(int, int)} as a double. */
  public double probabilityValue(int infoset, int action) {
    return probabilityValues[infoset][action];
  }

  /** Number of nodes in information set {@code infoset}. */
  public int infosetNodeCount(int infoset) {
    return infosetNodeCount[infoset];
  }

  /** The file's number of outcome {@code outcome}. */
  public int outcomeNumber(int outcome) {
    return outcomeNumber[outcome];
  }

  /** Name of outcome {@code outcome} (empty when none). */
  public String outcomeName(int outcome) {
    return outcomeName[outcome];
  }

  /** Exact payoff of {@code player} in outcome {@code outcome}. */
  public Rational outcomePayoff(int outcome, int player) {
    return outcomePayoffs[outcome][player];
  }

  /** Number of information sets (chance ones included). */
  public int infosetCount() {
    return infosetPlayer.length;
  }

  /** Number of outcomes. */
  public int outcomeCount() {
    return outcomeNumber.length;
  }

  /** Child of {@code node} reached by action (or chance outcome) {@code action}. */
  public int child(int node, int action) {
    return childNode[firstSlot[node] + action];
  }

  /** Exact payoff of {@code player} accumulated at {@code node}. */
  public Rational payoff(int node, int player) {
    return cumulativePayoff[node * playerCount + player];
  }

  /** True if some node is a chance node. */
  public boolean hasChance() {
    for (byte k : kind) {
      if (k == CHANCE) {
        return true;
      }
    }
    return false;
  }
}
