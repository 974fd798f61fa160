package org.agora.solvers.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agora.core.Game;
import org.agora.core.Rational;
import org.agora.core.TabularPolicy;

/**
 * A finite game compiled once into flat primitive arrays, for algorithms that sweep the whole tree
 * many times (CFR family, best response, sequence form). Built by {@link GameTreeCompiler}.
 *
 * <p><b>Nodes</b> are numbered from 0 (the root). The children of a node have consecutive ids
 * {@code firstChild(node) .. firstChild(node) + childCount(node) - 1}, and every child id is larger
 * than its parent's, so a loop over increasing ids visits parents first and a loop over decreasing
 * ids visits children first. A node is a decision node of {@link #player(int)} {@code >= 0}, a
 * {@link #CHANCE} node or a {@link #TERMINAL} node (named constants of the flat encoding).
 *
 * <p><b>Simultaneous moves</b> are compiled as a chain of decision nodes, one per player in player
 * order, each player's node carrying the information state the player has at the simultaneous
 * node; later players therefore cannot tell the earlier players' choices apart. This is the usual
 * sequential view of a simultaneous move and leaves every equilibrium unchanged.
 *
 * <p><b>Information states</b> get global ids in the order a depth-first walk first meets them
 * (at a simultaneous node, player 0's first), which are exactly the row ids of
 * {@link TabularPolicy#uniform(Game, long)}. Slot {@code k} of an information state is its
 * {@code k}-th legal action in increasing action id, and a child's index under its parent is its
 * slot. Per-slot arrays (regrets, strategies, behaviour profiles) are indexed
 * {@code infoset * maxActions() + k}.
 *
 * <p><b>Chance</b>: {@link #chanceProbability(int)} of a child of a chance node is the probability
 * of its outcome; it is 1 for every other node. <b>Terminals</b> carry every player's utility in
 * {@link #utility(int, int)}.
 */
public final class GameTree {

  /** {@link #player(int)} of a chance node. */
  public static final int CHANCE = -1;
  /** {@link #player(int)} of a terminal node. */
  public static final int TERMINAL = -2;

  final Game game;
  final int playerCount;
  final int nodeCount;
  final int[] player;
  final int[] infoset;
  final int[] parent;
  final int[] firstChild;
  final int[] childCount;
  final int[] depth;
  final double[] chanceProbability;
  final int[] terminalRow;
  final double[] utilities;
  final int infosetCount;
  final int maxActions;
  final int[] infosetPlayer;
  final int[] infosetActionCount;
  final int[] infosetActions;
  final String[] infosetKey;
  final String[][] actionNames;
  final int[] infosetNodeOffset;
  final int[] infosetNodes;
  final Rational[] exactChanceProbability;
  final Rational[] exactUtilities;
  final long buildNanos;

  GameTree(GameTreeCompiler.Buffers arrays, long buildNanos) {
    this.game = arrays.game;
    this.playerCount = arrays.game.playerCount();
    this.nodeCount = arrays.nodeCount;
    this.player = Arrays.copyOf(arrays.player, nodeCount);
    this.infoset = Arrays.copyOf(arrays.infoset, nodeCount);
    this.parent = Arrays.copyOf(arrays.parent, nodeCount);
    this.firstChild = Arrays.copyOf(arrays.firstChild, nodeCount);
    this.childCount = Arrays.copyOf(arrays.childCount, nodeCount);
    this.depth = Arrays.copyOf(arrays.depth, nodeCount);
    this.chanceProbability = Arrays.copyOf(arrays.chanceProbability, nodeCount);
    this.terminalRow = Arrays.copyOf(arrays.terminalRow, nodeCount);
    this.utilities = Arrays.copyOf(arrays.utilities, arrays.terminalCount * playerCount);
    this.infosetCount = arrays.infosetKeys.size();
    this.maxActions = Math.max(1, arrays.maxActions);
    this.infosetPlayer = arrays.infosetPlayers.stream().mapToInt(Integer::intValue).toArray();
    this.infosetKey = arrays.infosetKeys.toArray(String[]::new);
    this.actionNames = arrays.infosetActionNames.toArray(String[][]::new);
    this.infosetActionCount = new int[infosetCount];
    this.infosetActions = new int[infosetCount * maxActions];
    for (int i = 0; i < infosetCount; i++) {
      int[] actions = arrays.infosetLegal.get(i);
      infosetActionCount[i] = actions.length;
      System.arraycopy(actions, 0, infosetActions, i * maxActions, actions.length);
    }
    this.infosetNodeOffset = new int[infosetCount + 1];
    for (int node = 0; node < nodeCount; node++) {
      if (infoset[node] >= 0) {
        infosetNodeOffset[infoset[node] + 1]++;
      }
    }
    for (int i = 0; i < infosetCount; i++) {
      infosetNodeOffset[i + 1] += infosetNodeOffset[i];
    }
    this.infosetNodes = new int[infosetNodeOffset[infosetCount]];
    int[] fill = Arrays.copyOf(infosetNodeOffset, infosetCount);
    for (int node = 0; node < nodeCount; node++) {
      if (infoset[node] >= 0) {
        infosetNodes[fill[infoset[node]]++] = node;
      }
    }
    this.exactChanceProbability = arrays.exactChanceProbability == null ? null
        : Arrays.copyOf(arrays.exactChanceProbability, nodeCount);
    this.exactUtilities = arrays.exactUtilities == null ? null
        : Arrays.copyOf(arrays.exactUtilities, arrays.terminalCount * playerCount);
    this.buildNanos = buildNanos;
  }

  /** The game this tree was compiled from. */
  public Game game() {
    return game;
  }

  /** Number of players. */
  public int playerCount() {
    return playerCount;
  }

  /** Number of nodes. */
  public int nodeCount() {
    return nodeCount;
  }

  /** The acting player at {@code node}, or {@link #CHANCE} or {@link #TERMINAL}. */
  public int player(int node) {
    return player[node];
  }

  /** True when {@code node} is terminal. */
  public boolean isTerminal(int node) {
    return player[node] == TERMINAL;
  }

  /** True when {@code node} is a chance node. */
  public boolean isChance(int node) {
    return player[node] == CHANCE;
  }

  /** Information-state id of a decision node; -1 for chance and terminal nodes. */
  public int infoset(int node) {
    return infoset[node];
  }

  /** Parent of {@code node}; -1 for the root. */
  public int parent(int node) {
    return parent[node];
  }

  /** Id of the first child (children are consecutive); meaningless for terminals. */
  public int firstChild(int node) {
    return firstChild[node];
  }

  /** Number of children; 0 for terminals. */
  public int childCount(int node) {
    return childCount[node];
  }

  /** Number of moves from the root to {@code node}, a simultaneous move counting once per player. */
  public int depth(int node) {
    return depth[node];
  }

  /** Probability of the chance outcome leading to {@code node}; 1 unless the parent is a chance node. */
  public double chanceProbability(int node) {
    return chanceProbability[node];
  }

  /** Player's utility at terminal {@code node}. */
  public double utility(int node, int player) {
    return utilities[terminalRow[node] * playerCount + player];
  }

  /** Number of information states of all players. */
  public int infosetCount() {
    return infosetCount;
  }

  /** Largest number of legal actions at any information state (at least 1): the row width of per-slot arrays. */
  public int maxActions() {
    return maxActions;
  }

  /** Player owning information state {@code infoset}. */
  public int infosetPlayer(int infoset) {
    return infosetPlayer[infoset];
  }

  /** Number of legal actions at {@code infoset}. */
  public int actionCount(int infoset) {
    return infosetActionCount[infoset];
  }

  /** Action id of slot {@code slot} at {@code infoset}. */
  public int action(int infoset, int slot) {
    return infosetActions[infoset * maxActions + slot];
  }

  /** Readable name of slot {@code slot}'s action at {@code infoset} ({@link org.agora.core.State#actionToString}). */
  public String actionName(int infoset, int slot) {
    return actionNames[infoset][slot];
  }

  /** The player's information-state key of {@code infoset}. */
  public String infosetKey(int infoset) {
    return infosetKey[infoset];
  }

  /** Number of nodes in {@code infoset}. */
  public int infosetSize(int infoset) {
    return infosetNodeOffset[infoset + 1] - infosetNodeOffset[infoset];
  }

  /** The {@code index}-th node of {@code infoset}, in increasing node id. */
  public int infosetNode(int infoset, int index) {
    return infosetNodes[infosetNodeOffset[infoset] + index];
  }

  /** True when exact chance probabilities and utilities were compiled. */
  public boolean hasExactValues() {
    return exactUtilities != null;
  }

  /**
   * Exact probability of the chance outcome leading to {@code node}.
   *
   * @throws IllegalStateException unless the tree was compiled with exact values
   */
  public Rational exactChanceProbability(int node) {
    requireExact();
    return exactChanceProbability[node];
  }

  /**
   * Player's exact utility at terminal {@code node}.
   *
   * @throws IllegalStateException unless the tree was compiled with exact values
   */
  public Rational exactUtility(int node, int player) {
    requireExact();
    return exactUtilities[terminalRow[node] * playerCount + player];
  }

  private void requireExact() {
    if (exactUtilities == null) {
      throw new IllegalStateException("the tree of " + game.name() + " was compiled without exact values");
    }
  }

  /** Compile time in milliseconds. */
  public double buildMillis() {
    return buildNanos / 1_000_000.0;
  }

  /** Counts, memory and build time of this tree. */
  public GameTreeStatistics statistics() {
    long decision = 0;
    long chance = 0;
    long terminal = 0;
    int maxDepth = 0;
    for (int node = 0; node < nodeCount; node++) {
      switch (player[node]) {
        case CHANCE -> chance++;
        case TERMINAL -> terminal++;
        default -> decision++;
      }
      maxDepth = Math.max(maxDepth, depth[node]);
    }
    int[] perPlayer = new int[playerCount];
    for (int i = 0; i < infosetCount; i++) {
      perPlayer[infosetPlayer[i]]++;
    }
    return new GameTreeStatistics(nodeCount, decision, chance, terminal, perPlayer, maxActions, maxDepth,
        memoryBytes(), buildMillis());
  }

  /** Approximate heap size of the primitive arrays (keys and exact values excluded). */
  public long memoryBytes() {
    long ints = 7L * nodeCount + 2L * infosetCount + (long) infosetCount * maxActions + infosetNodes.length + 1;
    long doubles = (long) nodeCount + utilities.length;
    return 4 * ints + 8 * doubles;
  }

  /** A new per-slot array of zeros, {@code infosetCount() * maxActions()} long. */
  public double[] newSlotArray() {
    return new double[infosetCount * maxActions];
  }

  /** The uniform behaviour profile as a per-slot array. */
  public double[] uniformBehaviour() {
    double[] behaviour = newSlotArray();
    for (int i = 0; i < infosetCount; i++) {
      int count = infosetActionCount[i];
      Arrays.fill(behaviour, i * maxActions, i * maxActions + count, 1.0 / count);
    }
    return behaviour;
  }

  /**
   * A per-slot behaviour profile read from {@code policy}, whose rows are found by player and key.
   *
   * @throws IllegalArgumentException if an information state of this tree is missing from the policy
   */
  public double[] behaviour(TabularPolicy policy) {
    double[] behaviour = newSlotArray();
    for (int i = 0; i < infosetCount; i++) {
      int row = policy.row(infosetPlayer[i], infosetKey[i]);
      if (row < 0) {
        throw new IllegalArgumentException("the policy has no row for player " + infosetPlayer[i]
            + "'s information state '" + infosetKey[i] + "'");
      }
      for (int k = 0; k < infosetActionCount[i]; k++) {
        behaviour[i * maxActions + k] = policy.probability(row, infosetActions[i * maxActions + k]);
      }
    }
    return behaviour;
  }

  /**
   * A {@link TabularPolicy} holding a per-slot behaviour profile; its row ids are this tree's
   * information-state ids.
   */
  public TabularPolicy toPolicy(double[] behaviour) {
    if (behaviour.length != infosetCount * maxActions) {
      throw new IllegalArgumentException("behaviour has " + behaviour.length + " entries, expected "
          + infosetCount * maxActions);
    }
    List<int[]> legal = new ArrayList<>(infosetCount);
    for (int i = 0; i < infosetCount; i++) {
      legal.add(Arrays.copyOfRange(infosetActions, i * maxActions, i * maxActions + infosetActionCount[i]));
    }
    TabularPolicy policy = TabularPolicy.of(game.actionCount(), playerCount, Arrays.asList(infosetKey), infosetPlayer,
        legal);
    double[] table = policy.table();
    int width = game.actionCount();
    for (int i = 0; i < infosetCount; i++) {
      for (int k = 0; k < infosetActionCount[i]; k++) {
        table[i * width + infosetActions[i * maxActions + k]] = behaviour[i * maxActions + k];
      }
    }
    return policy;
  }
}
