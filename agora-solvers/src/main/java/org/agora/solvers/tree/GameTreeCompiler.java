package org.agora.solvers.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.State;

/**
 * Compiles a finite game into a {@link GameTree} by one depth-first walk over its {@link State}s
 * (one copy per node). Time and memory are linear in the number of nodes.
 */
public final class GameTreeCompiler {

  /**
   * Node limit used by {@link #compile(Game)}. Reaching it on the bargaining game took 20 s and
   * 5.8 GB resident (growing buffers and garbage included), about the JVM's default heap on a 24 GB
   * machine; larger trees need a larger {@code -Xmx}.
   */
  public static final long DEFAULT_NODE_LIMIT = 20_000_000L;

  private static final double PROBABILITY_TOLERANCE = 1e-9;

  private final Game game;
  private final long nodeLimit;
  private final boolean exact;
  private final Buffers buffers;
  private final List<Map<String, Integer>> infosetByKey = new ArrayList<>();
  private final int playerCount;
  private final int width;

  private GameTreeCompiler(Game game, long nodeLimit, boolean exact) {
    this.game = game;
    this.nodeLimit = nodeLimit;
    this.exact = exact;
    this.buffers = new Buffers(game, exact);
    this.playerCount = game.playerCount();
    for (int p = 0; p < playerCount; p++) {
      infosetByKey.add(new HashMap<>());
    }
    this.width = Math.max(1, Math.max(game.actionCount(), game.maxChanceOutcomes()));
  }

  /** Compiles {@code game} with double values only and the default node limit. */
  public static GameTree compile(Game game) {
    return compile(game, DEFAULT_NODE_LIMIT, false);
  }

  /**
   * Compiles {@code game}.
   *
   * @param nodeLimit largest number of nodes accepted
   * @param exact also record exact chance probabilities and utilities: from the game's
   *     {@link ExactValues} ability where it offers one, otherwise the exact binary value of each
   *     {@code double} (chance probabilities then get their rounding residue added to the largest one)
   * @throws IllegalArgumentException if the tree has more than {@code nodeLimit} nodes, the game is
   *     mean-field or has sampled chance, a player has no legal action at a decision node, or one
   *     information state has different legal actions at two nodes
   */
  public static GameTree compile(Game game, long nodeLimit, boolean exact) {
    GameType type = game.type();
    if (type.dynamics() == GameType.Dynamics.MEAN_FIELD) {
      throw new IllegalArgumentException(game.name() + " is a mean-field game, which has no finite game tree");
    }
    if (type.chance() == GameType.Chance.SAMPLED) {
      throw new IllegalArgumentException(game.name()
          + " has sampled chance; a game tree needs explicit chance probabilities");
    }
    long start = System.nanoTime();
    GameTreeCompiler compiler = new GameTreeCompiler(game, nodeLimit, exact);
    int root = compiler.allocate(1, -1, 0);
    compiler.visit(game.newInitialState(), root);
    return new GameTree(compiler.buffers, System.nanoTime() - start);
  }

  private void visit(State state, int node) {
    Buffers b = buffers;
    if (state.isTerminal()) {
      b.player[node] = GameTree.TERMINAL;
      b.infoset[node] = -1;
      b.addTerminal(node, state);
      return;
    }
    int[] moves = new int[width];
    if (state.isChanceNode()) {
      double[] probabilities = new double[width];
      int count = state.chanceOutcomes(moves, probabilities);
      if (count == 0) {
        throw new IllegalArgumentException(game.name() + ": a chance node has no outcome at " + describe(state));
      }
      b.player[node] = GameTree.CHANCE;
      b.infoset[node] = -1;
      int first = allocate(count, node, b.depth[node] + 1);
      b.firstChild[node] = first;
      b.childCount[node] = count;
      for (int i = 0; i < count; i++) {
        b.chanceProbability[first + i] = probabilities[i];
      }
      if (exact) {
        recordExactChance(state, first, count, probabilities);
      }
      for (int i = 0; i < count; i++) {
        State child = state.copy();
        child.apply(moves[i]);
        visit(child, first + i);
      }
    } else if (state.isDecisionNode()) {
      int player = state.currentPlayer();
      int count = state.legalActions(player, moves);
      int first = decide(state, node, player, moves, count);
      for (int i = 0; i < count; i++) {
        State child = state.copy();
        child.apply(moves[i]);
        visit(child, first + i);
      }
    } else {
      int[][] legal = new int[playerCount][width];
      int[] counts = new int[playerCount];
      for (int p = 0; p < playerCount; p++) {
        counts[p] = state.legalActions(p, legal[p]);
      }
      expandSimultaneous(state, node, 0, legal, counts, new int[playerCount]);
    }
  }

  private void expandSimultaneous(State state, int node, int level, int[][] legal, int[] counts, int[] joint) {
    int first = decide(state, node, level, legal[level], counts[level]);
    for (int i = 0; i < counts[level]; i++) {
      joint[level] = legal[level][i];
      if (level + 1 < playerCount) {
        expandSimultaneous(state, first + i, level + 1, legal, counts, joint);
      } else {
        State child = state.copy();
        child.apply(joint);
        visit(child, first + i);
      }
    }
  }

  /** Makes {@code node} a decision node of {@code player}, allocates its children and returns the first. */
  private int decide(State state, int node, int player, int[] moves, int count) {
    if (count == 0) {
      throw new IllegalArgumentException(game.name() + ": player " + player + " has no legal action at "
          + describe(state));
    }
    Buffers b = buffers;
    b.player[node] = player;
    b.infoset[node] = infoset(state, player, moves, count);
    int first = allocate(count, node, b.depth[node] + 1);
    b.firstChild[node] = first;
    b.childCount[node] = count;
    return first;
  }

  private int infoset(State state, int player, int[] moves, int count) {
    String key = state.informationStateKey(player);
    Integer known = infosetByKey.get(player).get(key);
    if (known != null) {
      int[] legal = buffers.infosetLegal.get(known);
      if (!java.util.Arrays.equals(legal, 0, legal.length, moves, 0, count)) {
        throw new IllegalArgumentException(game.name() + ": information state '" + key + "' of player " + player
            + " has legal actions " + java.util.Arrays.toString(legal) + " at one node and "
            + java.util.Arrays.toString(java.util.Arrays.copyOf(moves, count)) + " at " + describe(state));
      }
      return known;
    }
    int id = buffers.infosetKeys.size();
    infosetByKey.get(player).put(key, id);
    buffers.infosetKeys.add(key);
    buffers.infosetPlayers.add(player);
    buffers.infosetLegal.add(java.util.Arrays.copyOf(moves, count));
    String[] names = new String[count];
    for (int k = 0; k < count; k++) {
      names[k] = state.actionToString(player, moves[k]);
    }
    buffers.infosetActionNames.add(names);
    buffers.maxActions = Math.max(buffers.maxActions, count);
    return id;
  }

  private int allocate(int count, int parent, int depth) {
    Buffers b = buffers;
    if (b.nodeCount + (long) count > nodeLimit) {
      throw new IllegalArgumentException("the game tree of " + game.name() + " has more than " + nodeLimit + " nodes");
    }
    b.ensureNodes(b.nodeCount + count);
    int first = b.nodeCount;
    for (int i = 0; i < count; i++) {
      b.parent[first + i] = parent;
      b.depth[first + i] = depth;
      b.chanceProbability[first + i] = 1.0;
      b.terminalRow[first + i] = -1;
    }
    b.nodeCount += count;
    return first;
  }

  private void recordExactChance(State state, int first, int count, double[] values) {
    Rational[] exactValues = new Rational[width];
    if (buffers.exactValues != null) {
      buffers.exactValues.exactChanceOutcomes(state, new int[width], exactValues);
    } else {
      Rational sum = Rational.ZERO;
      int largest = 0;
      for (int i = 0; i < count; i++) {
        exactValues[i] = Rational.of(values[i]);
        sum = sum.add(exactValues[i]);
        if (values[i] > values[largest]) {
          largest = i;
        }
      }
      Rational residue = Rational.ONE.subtract(sum);
      if (Math.abs(residue.doubleValue()) > PROBABILITY_TOLERANCE) {
        throw new IllegalArgumentException(game.name() + ": chance probabilities sum to " + sum.doubleValue()
            + " instead of 1 at " + describe(state));
      }
      exactValues[largest] = exactValues[largest].add(residue);
    }
    System.arraycopy(exactValues, 0, buffers.exactChanceProbability, first, count);
  }

  private static String describe(State state) {
    return "history " + java.util.Arrays.toString(state.history());
  }

  /** Growable arrays filled during the walk; {@link GameTree} trims them. */
  static final class Buffers {
    final Game game;
    /** The game's exact values, or null. */
    final ExactValues exactValues;
    int nodeCount;
    int terminalCount;
    int maxActions;
    int[] player = new int[1024];
    int[] infoset = new int[1024];
    int[] parent = new int[1024];
    int[] firstChild = new int[1024];
    int[] childCount = new int[1024];
    int[] depth = new int[1024];
    int[] terminalRow = new int[1024];
    double[] chanceProbability = new double[1024];
    double[] utilities = new double[1024];
    Rational[] exactChanceProbability;
    Rational[] exactUtilities;
    final List<String> infosetKeys = new ArrayList<>();
    final List<Integer> infosetPlayers = new ArrayList<>();
    final List<int[]> infosetLegal = new ArrayList<>();
    final List<String[]> infosetActionNames = new ArrayList<>();

    Buffers(Game game, boolean exact) {
      this.game = game;
      this.exactValues = game.ability(ExactValues.class).orElse(null);
      if (exact) {
        exactChanceProbability = new Rational[1024];
        exactUtilities = new Rational[1024];
      }
    }

    void ensureNodes(int size) {
      if (size <= player.length) {
        return;
      }
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(size, 2L * player.length));
      player = java.util.Arrays.copyOf(player, capacity);
      infoset = java.util.Arrays.copyOf(infoset, capacity);
      parent = java.util.Arrays.copyOf(parent, capacity);
      firstChild = java.util.Arrays.copyOf(firstChild, capacity);
      childCount = java.util.Arrays.copyOf(childCount, capacity);
      depth = java.util.Arrays.copyOf(depth, capacity);
      terminalRow = java.util.Arrays.copyOf(terminalRow, capacity);
      chanceProbability = java.util.Arrays.copyOf(chanceProbability, capacity);
      if (exactChanceProbability != null) {
        exactChanceProbability = java.util.Arrays.copyOf(exactChanceProbability, capacity);
      }
    }

    void addTerminal(int node, State state) {
      int players = game.playerCount();
      int row = terminalCount++;
      terminalRow[node] = row;
      int needed = terminalCount * players;
      if (needed > utilities.length) {
        utilities = java.util.Arrays.copyOf(utilities, Math.max(needed, 2 * utilities.length));
        if (exactUtilities != null) {
          exactUtilities = java.util.Arrays.copyOf(exactUtilities, utilities.length);
        }
      }
      for (int p = 0; p < players; p++) {
        utilities[row * players + p] = state.returns(p);
        if (exactUtilities != null) {
          exactUtilities[row * players + p] = exactValues != null ? exactValues.exactReturn(state, p)
              : Rational.of(state.returns(p));
        }
      }
    }
  }
}
