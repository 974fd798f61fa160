package org.agora.solvers.tree;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.tree.GameTreeWalk;
import org.agora.core.tree.TreeSink;

/**
 * Compiles a finite game into a {@link GameTree}: the {@link TreeSink} that fills its flat arrays
 * from one {@link GameTreeWalk} (whose node ids, information-state ids and checks it keeps). Time
 * and memory are linear in the number of nodes. Instances exist only inside {@link #compile}; the
 * public {@link TreeSink} methods are for the walk.
 */
public final class GameTreeCompiler implements TreeSink {

  /**
   * Node limit used by {@link #compile(Game)}. Reaching it on the bargaining game took 20 s and
   * 5.8 GB resident (growing buffers and garbage included), about the JVM's default heap on a 24 GB
   * machine; larger trees need a larger {@code -Xmx}.
   */
  public static final long DEFAULT_NODE_LIMIT = 20_000_000L;

  private final Buffers buffers;

  private GameTreeCompiler(Game game, boolean exact) {
    this.buffers = new Buffers(game, exact);
    Buffers b = buffers;
    b.parent[0] = -1;
    b.depth[0] = 0;
    b.chanceProbability[0] = 1.0;
    b.terminalRow[0] = -1;
    b.nodeCount = 1;
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
   *     information state has different legal actions at two nodes (see {@link GameTreeWalk})
   */
  public static GameTree compile(Game game, long nodeLimit, boolean exact) {
    long start = System.nanoTime();
    GameTreeCompiler compiler = new GameTreeCompiler(game, exact);
    GameTreeWalk.walk(game, nodeLimit, exact, compiler);
    return new GameTree(compiler.buffers, System.nanoTime() - start);
  }

  @Override
  public void informationState(int infoset, int player, String key, int[] actions, State state) {
    Buffers b = buffers;
    b.infosetKeys.add(key);
    b.infosetPlayers.add(player);
    b.infosetLegal.add(actions);
    String[] names = new String[actions.length];
    for (int k = 0; k < actions.length; k++) {
      names[k] = state.actionToString(player, actions[k]);
    }
    b.infosetActionNames.add(names);
    b.maxActions = Math.max(b.maxActions, actions.length);
  }

  @Override
  public void terminal(int node, int parent, int slot, int depth, State state, Rational[] exactReturns) {
    Buffers b = buffers;
    b.player[node] = GameTree.TERMINAL;
    b.infoset[node] = -1;
    b.addTerminal(node, state, exactReturns);
  }

  @Override
  public void chance(int node, int parent, int slot, int depth, State state, int firstChild, int count,
      int[] outcomes, double[] probabilities, Rational[] exactProbabilities) {
    Buffers b = buffers;
    b.player[node] = GameTree.CHANCE;
    b.infoset[node] = -1;
    children(node, depth, firstChild, count);
    System.arraycopy(probabilities, 0, b.chanceProbability, firstChild, count);
    if (exactProbabilities != null) {
      System.arraycopy(exactProbabilities, 0, b.exactChanceProbability, firstChild, count);
    }
  }

  @Override
  public void decision(int node, int parent, int slot, int depth, State state, int player, int infoset,
      int firstChild, int count) {
    Buffers b = buffers;
    b.player[node] = player;
    b.infoset[node] = infoset;
    children(node, depth, firstChild, count);
  }

  /** Links {@code node} to its children and gives them their defaults (no chance probability, not terminal). */
  private void children(int node, int depth, int first, int count) {
    Buffers b = buffers;
    b.ensureNodes(first + count);
    b.firstChild[node] = first;
    b.childCount[node] = count;
    for (int i = 0; i < count; i++) {
      b.parent[first + i] = node;
      b.depth[first + i] = depth + 1;
      b.chanceProbability[first + i] = 1.0;
      b.terminalRow[first + i] = -1;
    }
    b.nodeCount = Math.max(b.nodeCount, first + count);
  }

  /** Growable arrays filled during the walk; {@link GameTree} trims them. */
  static final class Buffers {
    final Game game;
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

    void addTerminal(int node, State state, Rational[] exactReturns) {
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
          exactUtilities[row * players + p] = exactReturns[p];
        }
      }
    }
  }
}
