package org.agora.core.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.GameType;
import org.agora.core.InformationStateIds;
import org.agora.core.Rational;
import org.agora.core.State;

/**
 * Enumerates a finite game into a tree by one depth-first walk over its {@link State}s (one copy per
 * node) and numbers its information states, reporting every node to a {@link TreeSink}. Time and
 * memory are linear in the number of nodes (plus the sink's own work and the states' own copies: a
 * state whose copy costs more than O(1) adds that cost per node). The walk keeps its path on an
 * explicit stack, one frame per level, so the depth of a tree is bounded by memory, not by the
 * thread's call stack.
 *
 * <p><b>Nodes</b>: the root is node 0; when a node is expanded its children get consecutive ids
 * after every id given so far, then they are visited in order. <b>Simultaneous nodes</b> are viewed
 * turn-based: a chain of decision nodes, one per player in player order, each carrying the
 * information state the player has at the simultaneous node, so later players cannot tell the
 * earlier players' choices apart; the joint action is applied below the last player's node.
 * <b>Information states</b> are the distinct {@link State#informationStateKey(int)} values of each
 * player at the player's decision nodes, numbered globally in first-seen order; their actions are
 * the legal actions, which must be the same at every node of the information state.
 *
 * <p><b>Exact values</b> (when asked for): chance probabilities and returns come from
 * the game's {@link ExactValues} ability where it offers one; otherwise a double {@code x} becomes
 * {@link Rational#of(double)}, its exact binary value, and because such chance probabilities rarely
 * sum to exactly 1, the largest probability of a chance node gets the rounding residue added (a
 * change below 1e-9, else the game is rejected).
 */
public final class GameTreeWalk {

  private static final double PROBABILITY_TOLERANCE = 1e-9;
  /** Largest total of id-table entries the walk allocates to number information states by id. */
  private static final long MAX_ID_TABLE = 1 << 24;

  private final Game game;
  private final long nodeLimit;
  private final boolean exact;
  private final TreeSink sink;
  private final int playerCount;
  private final int width;
  private final ExactValues exactValues;
  /** The game's integer information-state ids when it offers small enough ones, else null. */
  private final InformationStateIds ids;
  /** Per player, the walk's information-state number of each of the game's ids (-1: not seen yet). */
  private final int[][] infosetById;
  private final List<Map<String, Integer>> infosetByKey = new ArrayList<>();
  private final List<int[]> infosetActions = new ArrayList<>();
  private int nodeCount;

  private GameTreeWalk(Game game, long nodeLimit, boolean exact, TreeSink sink) {
    this.game = game;
    this.nodeLimit = nodeLimit;
    this.exact = exact;
    this.sink = sink;
    this.playerCount = game.playerCount();
    for (int p = 0; p < playerCount; p++) {
      infosetByKey.add(new HashMap<>());
    }
    this.width = Math.max(1, Math.max(game.actionCount(), game.maxChanceOutcomes()));
    // the one place exact values are looked up: the game's ability, or the doubles' binary values
    this.exactValues = exact ? game.ability(ExactValues.class).orElse(null) : null;
    this.ids = denseIds(game, nodeLimit);
    this.infosetById = new int[playerCount][];
    if (ids != null) {
      for (int p = 0; p < playerCount; p++) {
        infosetById[p] = new int[ids.idCount(p)];
        Arrays.fill(infosetById[p], -1);
      }
    }
  }

  /**
   * The game's {@link InformationStateIds} when their tables cost no more than the tree may (at most
   * {@link #MAX_ID_TABLE} entries in all, and no more than the node limit), else null (keys only).
   */
  private static InformationStateIds denseIds(Game game, long nodeLimit) {
    InformationStateIds ids = game.ability(InformationStateIds.class).orElse(null);
    if (ids == null) {
      return null;
    }
    long total = 0;
    for (int p = 0; p < game.playerCount(); p++) {
      total += ids.idCount(p);
    }
    return total <= Math.min(MAX_ID_TABLE, Math.max(nodeLimit, 1024)) ? ids : null;
  }

  /**
   * Walks the tree of {@code game}, reporting every node to {@code sink}.
   *
   * @param nodeLimit largest number of nodes accepted
   * @param exact also hand exact chance probabilities and returns to the sink
   * @return the number of nodes
   * @throws IllegalArgumentException if the tree has more than {@code nodeLimit} nodes, the game is
   *     mean-field or has sampled chance, a chance node has no outcome, a player has no legal action
   *     at a decision node, one information state has different legal actions at two nodes, or
   *     (exact values from doubles) chance probabilities do not sum to 1 within 1e-9
   */
  public static int walk(Game game, long nodeLimit, boolean exact, TreeSink sink) {
    GameType type = game.type();
    if (type.dynamics() == GameType.Dynamics.MEAN_FIELD) {
      throw new IllegalArgumentException(game.name() + " is a mean-field game, which has no finite game tree");
    }
    if (type.chance() == GameType.Chance.SAMPLED) {
      throw new IllegalArgumentException(game.name()
          + " has sampled chance; a game tree needs explicit chance probabilities");
    }
    GameTreeWalk walk = new GameTreeWalk(game, nodeLimit, exact, sink);
    int root = walk.allocate(1);
    walk.run(game.newInitialState(), root);
    return walk.nodeCount;
  }

  /**
   * A node whose children are being visited: the explicit stack of the depth-first walk holds one per
   * level of the current path, so a deep tree needs no deep call stack. At a simultaneous node there
   * is one frame per player level, all sharing the node's state and joint action.
   */
  private static final class Frame {
    final State state;
    final int node;
    final int depth;
    final int first;
    final int count;
    /** The children's moves (decision or chance), or null at a simultaneous level. */
    final int[] moves;
    /** At a simultaneous level: the level (player), every player's legal actions and counts, the joint action. */
    final int level;
    final int[][] legal;
    final int[] counts;
    final int[] joint;
    int next;

    Frame(State state, int node, int depth, int first, int count, int[] moves, int level, int[][] legal, int[] counts,
        int[] joint) {
      this.state = state;
      this.node = node;
      this.depth = depth;
      this.first = first;
      this.count = count;
      this.moves = moves;
      this.level = level;
      this.legal = legal;
      this.counts = counts;
      this.joint = joint;
    }
  }

  /** The path of the walk: frames from the root down to the node whose children are being visited. */
  private Frame[] stack = new Frame[64];
  private int stackSize;

  /**
   * Visits the tree below {@code rootState} depth-first with an explicit stack: a node is reported,
   * then its children in order, each child's subtree before the next child.
   */
  private void run(State rootState, int root) {
    visit(rootState, root, -1, -1, 0);
    while (stackSize > 0) {
      Frame frame = stack[stackSize - 1];
      if (frame.next == frame.count) {
        stack[--stackSize] = null;
        continue;
      }
      int i = frame.next++;
      int child = frame.first + i;
      if (frame.moves != null) {
        State next = frame.state.copy();
        next.apply(frame.moves[i]);
        visit(next, child, frame.node, i, frame.depth + 1);
        continue;
      }
      int level = frame.level;
      frame.joint[level] = frame.legal[level][i];
      if (level + 1 < playerCount) {
        int first = decide(frame.state, child, frame.node, i, frame.depth + 1, level + 1, frame.legal[level + 1],
            frame.counts[level + 1]);
        push(new Frame(frame.state, child, frame.depth + 1, first, frame.counts[level + 1], null, level + 1, frame.legal,
            frame.counts, frame.joint));
      } else {
        State next = frame.state.copy();
        next.apply(frame.joint);
        visit(next, child, frame.node, i, frame.depth + 1);
      }
    }
  }

  private void push(Frame frame) {
    if (stackSize == stack.length) {
      stack = Arrays.copyOf(stack, 2 * stackSize);
    }
    stack[stackSize++] = frame;
  }

  /** Reports {@code node}; unless it is terminal, pushes the frame that visits its children. */
  private void visit(State state, int node, int parent, int slot, int depth) {
    if (state.isTerminal()) {
      sink.terminal(node, parent, slot, depth, state, exact ? exactReturns(state) : null);
      return;
    }
    int[] moves = new int[width];
    if (state.isChanceNode()) {
      double[] probabilities = new double[width];
      int count = state.chanceOutcomes(moves, probabilities);
      if (count == 0) {
        throw new IllegalArgumentException(game.name() + ": a chance node has no outcome at " + describe(state));
      }
      int first = allocate(count);
      Rational[] exactProbabilities = exact ? exactChance(state, count, probabilities) : null;
      sink.chance(node, parent, slot, depth, state, first, count, moves, probabilities, exactProbabilities);
      push(new Frame(state, node, depth, first, count, moves, 0, null, null, null));
    } else if (state.isDecisionNode()) {
      int player = state.currentPlayer();
      int count = state.legalActions(player, moves);
      int first = decide(state, node, parent, slot, depth, player, moves, count);
      push(new Frame(state, node, depth, first, count, moves, 0, null, null, null));
    } else {
      int[][] legal = new int[playerCount][width];
      int[] counts = new int[playerCount];
      for (int p = 0; p < playerCount; p++) {
        counts[p] = state.legalActions(p, legal[p]);
      }
      int first = decide(state, node, parent, slot, depth, 0, legal[0], counts[0]);
      push(new Frame(state, node, depth, first, counts[0], null, 0, legal, counts, new int[playerCount]));
    }
  }

  /** Reports {@code node} as a decision node of {@code player}, allocates its children and returns the first. */
  private int decide(State state, int node, int parent, int slot, int depth, int player, int[] moves, int count) {
    if (count == 0) {
      throw new IllegalArgumentException(game.name() + ": player " + player + " has no legal action at "
          + describe(state));
    }
    int infoset = infoset(state, player, moves, count);
    int first = allocate(count);
    sink.decision(node, parent, slot, depth, state, player, infoset, first, count);
    return first;
  }

  /**
   * The walk's number of {@code player}'s information state at {@code state}, numbering it when first
   * seen. Games with {@link InformationStateIds} are looked up by id, so the key string is built only
   * once per information state instead of at every node; ids and keys name the same information
   * states (the testkit checks it), so the numbering is the same either way.
   */
  private int infoset(State state, int player, int[] moves, int count) {
    int gameId = -1;
    int known;
    if (ids != null) {
      gameId = ids.id(state, player);
      known = infosetById[player][gameId];
    } else {
      Integer byKey = infosetByKey.get(player).get(state.informationStateKey(player));
      known = byKey == null ? -1 : byKey;
    }
    if (known >= 0) {
      int[] legal = infosetActions.get(known);
      if (!Arrays.equals(legal, 0, legal.length, moves, 0, count)) {
        throw new IllegalArgumentException(game.name() + ": information state '" + state.informationStateKey(player)
            + "' of player " + player + " has legal actions " + Arrays.toString(legal) + " at one node and "
            + Arrays.toString(Arrays.copyOf(moves, count)) + " at " + describe(state));
      }
      return known;
    }
    int id = infosetActions.size();
    int[] actions = Arrays.copyOf(moves, count);
    String key = state.informationStateKey(player);
    if (ids != null) {
      infosetById[player][gameId] = id;
    } else {
      infosetByKey.get(player).put(key, id);
    }
    infosetActions.add(actions);
    sink.informationState(id, player, key, actions, state);
    return id;
  }

  private int allocate(int count) {
    if (nodeCount + (long) count > nodeLimit) {
      throw new IllegalArgumentException("the game tree of " + game.name() + " has more than " + nodeLimit + " nodes");
    }
    int first = nodeCount;
    nodeCount += count;
    return first;
  }

  private Rational[] exactReturns(State state) {
    Rational[] returns = new Rational[playerCount];
    for (int p = 0; p < playerCount; p++) {
      returns[p] = exactValues != null ? exactValues.exactReturn(state, p) : Rational.of(state.returns(p));
    }
    return returns;
  }

  private Rational[] exactChance(State state, int count, double[] values) {
    Rational[] probabilities = new Rational[width];
    if (exactValues != null) {
      exactValues.exactChanceOutcomes(state, new int[width], probabilities);
      return probabilities;
    }
    Rational sum = Rational.ZERO;
    int largest = 0;
    for (int i = 0; i < count; i++) {
      probabilities[i] = Rational.of(values[i]);
      sum = sum.add(probabilities[i]);
      if (values[i] > values[largest]) {
        largest = i;
      }
    }
    Rational residue = Rational.ONE.subtract(sum);
    if (Math.abs(residue.doubleValue()) > PROBABILITY_TOLERANCE) {
      throw new IllegalArgumentException(game.name() + ": chance probabilities sum to " + sum.doubleValue()
          + " instead of 1 at " + describe(state));
    }
    probabilities[largest] = probabilities[largest].add(residue);
    return probabilities;
  }

  private static String describe(State state) {
    return "history " + Arrays.toString(state.history());
  }
}
