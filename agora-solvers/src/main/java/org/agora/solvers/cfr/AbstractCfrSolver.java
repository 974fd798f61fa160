package org.agora.solvers.cfr;

import java.util.Arrays;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/**
 * The full-tree counterfactual-regret sweep shared by the CFR family; a subclass only says how an
 * information state turns its instantaneous regrets into cumulative regrets, average-strategy weights
 * and its next strategy.
 *
 * <p>One iteration runs, for each updating player {@code i} (every player in turn with alternating
 * updates, all against the same profile with simultaneous ones), three passes over the flat
 * {@link GameTree} arrays, never over game states:
 *
 * <ol>
 *   <li>forward, in increasing node id: {@code reach_-i(h)} (chance and the other players) and
 *       {@code reach_i(h)} (player {@code i}'s own);
 *   <li>backward, in decreasing node id: {@code v_i(h)}, player {@code i}'s expected utility below
 *       {@code h} under the current profile;
 *   <li>over player {@code i}'s information states: the instantaneous counterfactual regret
 *       {@code r(I, a) = sum over h in I of reach_-i(h) (v_i(h.a) - v_i(h))} and the own reach
 *       {@code sum over h in I of reach_i(h)}, handed to the subclass.
 * </ol>
 *
 * Each pass is O(nodes) (the third O(nodes) too, as every decision node belongs to one information
 * state), so an iteration costs O(players x nodes) time; on one thread it allocates nothing and
 * takes the regret sums inside the backward pass. With several {@link CfrOptions#threads() threads}
 * (and a tree of at least two {@link CfrOptions#grain() grains} of non-terminal nodes) the tree is cut
 * at a shallow depth ({@link SweepLayout}); each thread runs the forward and backward passes over
 * whole subtrees below the cut, the caller does the few nodes above it, and the third pass is split
 * over contiguous blocks of information states, as is the strategy update: three parallel phases
 * per updating player. Every value is computed by exactly one thread with the same operations in
 * the same order as on one thread, so results are bit-for-bit identical for any thread count.
 *
 * <p>Convergence guarantees (the average profile approaching a Nash equilibrium) hold for
 * two-player zero-sum games with perfect recall. The solvers run unchanged on n-player and
 * general-sum games, where each player's regret still vanishes but the average profile need not
 * approach a Nash equilibrium; measure it with NashConv.
 */
public abstract class AbstractCfrSolver implements IterativeSolver, AutoCloseable {

  final GameTree tree;
  final CfrOptions options;
  final int nodeCount;
  final int width;
  final int playerCount;

  /** Node id per internal index (see {@link SweepLayout}). */
  private final int[] internalNodes;
  private final int[] firstChild;
  private final int[] endChild;
  private final int[] mover;
  /** Start of each internal node's row in {@link #strategy}. */
  private final int[] row;
  private final int[] topIndices;
  private final int[][] partIndices;
  private final int[] allIndices;
  /**
   * Per player, the player's expected utility at each node under the current profile: set once at
   * terminals, rewritten at the other nodes by that player's sweep.
   */
  private final double[][] playerValue;

  final int[] actionCount;
  private final int[] infosetOffset;
  private final int[] infosetIndices;
  private final int[][] playerInfosets;
  private final int[] allInfosets;

  /**
   * The current strategy per slot, followed by the chance probabilities of the chance nodes: the
   * move probabilities of every non-terminal node in one table.
   */
  final double[] strategy;
  /** Cumulative (possibly discounted or clipped) regrets, per slot. */
  final double[] regret;
  /** Weighted sum of the strategies, per slot. */
  final double[] strategySum;
  /** This iteration's instantaneous counterfactual regrets, per slot. */
  final double[] instantRegret;
  /** The updating player's own reach summed over the nodes of an information state, at its first slot. */
  private final double[] ownReachSum;

  private final double[] reachOwn;
  private final double[] reachOthers;
  private final ParallelRanges parallel;

  long iterations;

  AbstractCfrSolver(GameTree tree, CfrOptions options) {
    this.tree = tree;
    this.options = options;
    this.nodeCount = tree.nodeCount();
    this.width = tree.maxActions();
    this.playerCount = tree.playerCount();
    SweepLayout layout = new SweepLayout(tree, options.threads());
    internalNodes = layout.internalNodes;
    firstChild = layout.firstChild;
    endChild = layout.endChild;
    mover = layout.mover;
    row = layout.row;
    topIndices = layout.topIndices;
    partIndices = layout.partIndices;
    allIndices = layout.allIndices;
    playerValue = layout.terminalUtilities;
    actionCount = layout.actionCount;
    infosetOffset = layout.infosetOffset;
    infosetIndices = layout.infosetIndices;
    playerInfosets = layout.playerInfosets;
    allInfosets = layout.allInfosets;
    int slots = tree.infosetCount() * width;
    strategy = Arrays.copyOf(tree.uniformBehaviour(), layout.tableLength);
    System.arraycopy(layout.chanceTable, 0, strategy, slots, layout.chanceTable.length);
    regret = tree.newSlotArray();
    strategySum = tree.newSlotArray();
    instantRegret = tree.newSlotArray();
    ownReachSum = tree.newSlotArray();
    reachOwn = new double[nodeCount];
    reachOthers = new double[nodeCount];
    parallel = new ParallelRanges(options.threads(), options.grain());
  }

  /**
   * Folds this iteration's {@link #instantRegret} of the information state whose slots start at
   * {@code row} into {@link #regret} and adds the current strategy ({@link #strategy} at
   * {@code row}), weighted by {@code ownReach}, to {@link #strategySum}.
   *
   * @param iteration the 1-based number of the running iteration
   */
  abstract void accumulate(int row, int count, double ownReach, long iteration);

  /** Called before each iteration's sweeps (in the caller's thread); does nothing unless overridden. */
  void beginIteration(long iteration) {}

  /** Writes the next strategy of the information state whose slots start at {@code row} into {@link #strategy}. */
  abstract void updateStrategy(int row, int count);

  @Override
  public final GameTree tree() {
    return tree;
  }

  /** The options this solver runs with. */
  public final CfrOptions options() {
    return options;
  }

  @Override
  public final long iterations() {
    return iterations;
  }

  @Override
  public final void iterate(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("iteration count must be non-negative, got " + count);
    }
    for (int n = 0; n < count; n++) {
      long iteration = iterations + 1;
      beginIteration(iteration);
      for (int player = 0; player < playerCount; player++) {
        sweep(player, iteration);
        if (options.alternating()) {
          updateStrategies(playerInfosets[player]);
        }
      }
      if (!options.alternating()) {
        updateStrategies(allInfosets);
      }
      iterations = iteration;
    }
  }

  /** The current (last-iterate) behaviour profile, a fresh per-slot array. */
  public final double[] currentBehaviour() {
    return Arrays.copyOf(strategy, regret.length);
  }

  @Override
  public final double[] averageBehaviour() {
    return RegretKernel.averageBehaviour(tree, strategySum);
  }

  /** Stops the worker threads (none with one thread); the solver must not iterate afterwards. */
  @Override
  public void close() {
    parallel.close();
  }

  private void updateStrategies(int[] infosets) {
    if (options.threads() == 1) {
      updateStrategies(infosets, 0, infosets.length);
    } else {
      parallel.run(0, infosets.length, (from, to) -> updateStrategies(infosets, from, to));
    }
  }

  private void updateStrategies(int[] infosets, int from, int to) {
    for (int j = from; j < to; j++) {
      int infoset = infosets[j];
      updateStrategy(infoset * width, actionCount[infoset]);
    }
  }

  private void sweep(int player, long iteration) {
    reachOwn[0] = 1.0;
    reachOthers[0] = 1.0;
    int[] infosets = playerInfosets[player];
    double[] values = playerValue[player];
    if (options.threads() == 1 || internalNodes.length < 2 * options.grain()) {
      forward(player, allIndices);
      backwardWithRegrets(player);
      finishRegrets(infosets, 0, infosets.length, iteration);
      return;
    }
    forward(player, topIndices);
    parallel.run(0, partIndices.length, 1, (from, to) -> {
      for (int part = from; part < to; part++) {
        forward(player, partIndices[part]);
        backward(values, partIndices[part]);
      }
    });
    backward(values, topIndices);
    parallel.run(0, infosets.length, (from, to) -> {
      regrets(infosets, values, from, to);
      finishRegrets(infosets, from, to, iteration);
    });
  }

  /**
   * Forward pass: reach probabilities of the children of the internal nodes {@code indices}, in
   * order; their own reach probabilities are known.
   */
  private void forward(int player, int[] indices) {
    double[] probability = strategy;
    double[] own = reachOwn;
    double[] others = reachOthers;
    for (int j : indices) {
      int node = internalNodes[j];
      int first = firstChild[j];
      int end = endChild[j];
      int shift = row[j] - first;
      double ownHere = own[node];
      double othersHere = others[node];
      if (mover[j] == player) {
        for (int child = first; child < end; child++) {
          own[child] = ownHere * probability[shift + child];
          others[child] = othersHere;
        }
      } else {
        for (int child = first; child < end; child++) {
          own[child] = ownHere;
          others[child] = othersHere * probability[shift + child];
        }
      }
    }
  }

  /**
   * One-thread backward pass: values in decreasing node id, and at the updating player's nodes the
   * counterfactual action values and own reach added to their information states, in decreasing node
   * id (the order {@link #regrets} uses).
   */
  private void backwardWithRegrets(int player) {
    double[] values = playerValue[player];
    for (int infoset : playerInfosets[player]) {
      int start = infoset * width;
      Arrays.fill(instantRegret, start, start + actionCount[infoset], 0.0);
      ownReachSum[start] = 0.0;
    }
    double[] probability = strategy;
    double[] instant = instantRegret;
    for (int j = internalNodes.length - 1; j >= 0; j--) {
      int first = firstChild[j];
      int end = endChild[j];
      int shift = row[j] - first;
      double total = 0.0;
      for (int child = first; child < end; child++) {
        total += probability[shift + child] * values[child];
      }
      int node = internalNodes[j];
      if (mover[j] == player) {
        double weight = reachOthers[node];
        for (int child = first; child < end; child++) {
          instant[shift + child] += weight * values[child];
        }
        ownReachSum[row[j]] += reachOwn[node];
      }
      values[node] = total;
    }
  }

  /** Values of the internal nodes {@code indices}, in decreasing position; children below them already known. */
  private void backward(double[] values, int[] indices) {
    double[] probability = strategy;
    for (int position = indices.length - 1; position >= 0; position--) {
      int j = indices[position];
      int first = firstChild[j];
      int end = endChild[j];
      int shift = row[j] - first;
      double total = 0.0;
      for (int child = first; child < end; child++) {
        total += probability[shift + child] * values[child];
      }
      values[internalNodes[j]] = total;
    }
  }

  /**
   * Counterfactual action values and own reach of {@code infosets[from .. to)}, summed over their
   * nodes in decreasing id like {@link #backwardWithRegrets}.
   */
  private void regrets(int[] infosets, double[] values, int from, int to) {
    double[] instant = instantRegret;
    for (int i = from; i < to; i++) {
      int infoset = infosets[i];
      int start = infoset * width;
      int count = actionCount[infoset];
      Arrays.fill(instant, start, start + count, 0.0);
      double ownReach = 0.0;
      for (int index = infosetOffset[infoset + 1] - 1; index >= infosetOffset[infoset]; index--) {
        int j = infosetIndices[index];
        int node = internalNodes[j];
        ownReach += reachOwn[node];
        double weight = reachOthers[node];
        int first = firstChild[j];
        for (int k = 0; k < count; k++) {
          instant[start + k] += weight * values[first + k];
        }
      }
      ownReachSum[start] = ownReach;
    }
  }

  /**
   * Turns the counterfactual action values of {@code infosets[from .. to)} into instantaneous regrets
   * (minus the value of the current strategy) and hands them to {@link #accumulate}.
   */
  private void finishRegrets(int[] infosets, int from, int to, long iteration) {
    double[] instant = instantRegret;
    for (int i = from; i < to; i++) {
      int infoset = infosets[i];
      int start = infoset * width;
      int count = actionCount[infoset];
      double expected = 0.0;
      for (int k = 0; k < count; k++) {
        expected += strategy[start + k] * instant[start + k];
      }
      for (int k = 0; k < count; k++) {
        instant[start + k] -= expected;
      }
      accumulate(start, count, ownReachSum[start], iteration);
    }
  }
}
