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
 * over contiguous blocks of information states: three synchronisation points per sweep. Every value
 * is computed by exactly one thread with the same operations in the same order as on one thread, so
 * results are bit-for-bit identical for any thread count.
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

  private final int[] firstChild;
  private final int[] childCount;
  /** Per node: acting player, {@link GameTree#CHANCE} or {@link GameTree#TERMINAL}. */
  private final int[] nodePlayer;
  /** Per node: first slot of its information state ({@code infoset * width}), or -1. */
  private final int[] nodeRow;
  /** Per node: its information state, or -1. */
  private final int[] nodeInfoset;
  /** Per node: probability of the chance outcome leading to it (1 below decision nodes). */
  private final double[] chanceProbability;
  /** Per information state: the updating player's own reach summed over its nodes, this sweep. */
  private final double[] ownReachSum;
  /** Non-terminal nodes in increasing id. */
  private final int[] internalNodes;
  /** Non-terminal nodes above the cut of {@link SweepLayout}, in increasing id. */
  private final int[] topNodes;
  /** Per thread, the non-terminal nodes of its subtrees below the cut, in increasing id. */
  private final int[][] partNodes;
  /**
   * Per player, the player's expected utility at each node under the current profile: set once at
   * terminals, rewritten at the other nodes by that player's sweep.
   */
  private final double[][] playerValue;

  final int[] actionCount;
  private final int[] infosetNodeOffset;
  private final int[] infosetNodes;
  private final int[][] playerInfosets;
  private final int[] allInfosets;

  /** The current strategy, per slot. */
  final double[] strategy;
  /** Cumulative (possibly discounted or clipped) regrets, per slot. */
  final double[] regret;
  /** Weighted sum of the strategies, per slot. */
  final double[] strategySum;
  /** This iteration's instantaneous counterfactual regrets, per slot. */
  final double[] instantRegret;

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
    firstChild = layout.firstChild;
    childCount = layout.childCount;
    nodePlayer = layout.nodePlayer;
    nodeRow = layout.nodeRow;
    nodeInfoset = layout.nodeInfoset;
    chanceProbability = layout.chanceProbability;
    internalNodes = layout.internalNodes;
    topNodes = layout.topNodes;
    partNodes = layout.partNodes;
    playerValue = layout.terminalUtilities;
    actionCount = layout.actionCount;
    infosetNodeOffset = layout.infosetNodeOffset;
    infosetNodes = layout.infosetNodes;
    playerInfosets = layout.playerInfosets;
    allInfosets = layout.allInfosets;
    strategy = tree.uniformBehaviour();
    regret = tree.newSlotArray();
    strategySum = tree.newSlotArray();
    instantRegret = tree.newSlotArray();
    ownReachSum = new double[tree.infosetCount()];
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

  /** Regret matching: the positive part of {@code source[row ..]}, normalised, or uniform if none is positive. */
  final void regretMatching(double[] source, int row, int count) {
    double total = 0.0;
    for (int k = 0; k < count; k++) {
      double positive = source[row + k] > 0.0 ? source[row + k] : 0.0;
      strategy[row + k] = positive;
      total += positive;
    }
    if (total > 0.0) {
      for (int k = 0; k < count; k++) {
        strategy[row + k] /= total;
      }
    } else {
      double uniform = 1.0 / count;
      for (int k = 0; k < count; k++) {
        strategy[row + k] = uniform;
      }
    }
  }

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
    double[] average = new double[strategySum.length];
    for (int infoset = 0; infoset < actionCount.length; infoset++) {
      int row = infoset * width;
      int count = actionCount[infoset];
      double total = 0.0;
      for (int k = 0; k < count; k++) {
        total += strategySum[row + k];
      }
      for (int k = 0; k < count; k++) {
        average[row + k] = total > 0.0 ? strategySum[row + k] / total : 1.0 / count;
      }
    }
    return average;
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
      forward(player, internalNodes, 0, internalNodes.length);
      backwardWithRegrets(player);
      finishRegrets(infosets, 0, infosets.length, iteration);
      return;
    }
    forward(player, topNodes, 0, topNodes.length);
    parallel.run(0, partNodes.length, 1, (from, to) -> {
      for (int part = from; part < to; part++) {
        int[] nodes = partNodes[part];
        forward(player, nodes, 0, nodes.length);
        backward(values, nodes);
      }
    });
    backward(values, topNodes);
    parallel.run(0, infosets.length, (from, to) -> {
      regrets(infosets, values, from, to);
      finishRegrets(infosets, from, to, iteration);
    });
  }

  /**
   * Forward pass: reach probabilities of the children of the internal nodes {@code nodes[from .. to)},
   * whose own reach probabilities are known.
   */
  private void forward(int player, int[] nodes, int from, int to) {
    double[] probability = strategy;
    double[] chance = chanceProbability;
    double[] own = reachOwn;
    double[] others = reachOthers;
    for (int j = from; j < to; j++) {
      int node = nodes[j];
      int first = firstChild[node];
      int end = first + childCount[node];
      double ownHere = own[node];
      double othersHere = others[node];
      int mover = nodePlayer[node];
      if (mover == player) {
        int row = nodeRow[node] - first;
        for (int child = first; child < end; child++) {
          own[child] = ownHere * probability[row + child];
          others[child] = othersHere;
        }
      } else if (mover == GameTree.CHANCE) {
        for (int child = first; child < end; child++) {
          own[child] = ownHere;
          others[child] = othersHere * chance[child];
        }
      } else {
        int row = nodeRow[node] - first;
        for (int child = first; child < end; child++) {
          own[child] = ownHere;
          others[child] = othersHere * probability[row + child];
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
      int row = infoset * width;
      Arrays.fill(instantRegret, row, row + actionCount[infoset], 0.0);
      ownReachSum[infoset] = 0.0;
    }
    double[] probability = strategy;
    double[] chance = chanceProbability;
    double[] instant = instantRegret;
    for (int j = internalNodes.length - 1; j >= 0; j--) {
      int node = internalNodes[j];
      int first = firstChild[node];
      int end = first + childCount[node];
      int mover = nodePlayer[node];
      double total = 0.0;
      if (mover == GameTree.CHANCE) {
        for (int child = first; child < end; child++) {
          total += chance[child] * values[child];
        }
      } else {
        int row = nodeRow[node] - first;
        for (int child = first; child < end; child++) {
          total += probability[row + child] * values[child];
        }
        if (mover == player) {
          double weight = reachOthers[node];
          for (int child = first; child < end; child++) {
            instant[row + child] += weight * values[child];
          }
          ownReachSum[nodeInfoset[node]] += reachOwn[node];
        }
      }
      values[node] = total;
    }
  }

  /** Values of the internal nodes {@code nodes}, in decreasing position; children below them already known. */
  private void backward(double[] values, int[] nodes) {
    double[] probability = strategy;
    double[] chance = chanceProbability;
    for (int j = nodes.length - 1; j >= 0; j--) {
      int node = nodes[j];
      int first = firstChild[node];
      int end = first + childCount[node];
      double total = 0.0;
      if (nodePlayer[node] == GameTree.CHANCE) {
        for (int child = first; child < end; child++) {
          total += chance[child] * values[child];
        }
      } else {
        int row = nodeRow[node] - first;
        for (int child = first; child < end; child++) {
          total += probability[row + child] * values[child];
        }
      }
      values[node] = total;
    }
  }

  /**
   * Counterfactual action values and own reach of {@code infosets[from .. to)}, summed over their
   * nodes in decreasing id like {@link #backwardWithRegrets}.
   */
  private void regrets(int[] infosets, double[] values, int from, int to) {
    double[] instant = instantRegret;
    for (int j = from; j < to; j++) {
      int infoset = infosets[j];
      int row = infoset * width;
      int count = actionCount[infoset];
      Arrays.fill(instant, row, row + count, 0.0);
      double ownReach = 0.0;
      for (int index = infosetNodeOffset[infoset + 1] - 1; index >= infosetNodeOffset[infoset]; index--) {
        int node = infosetNodes[index];
        ownReach += reachOwn[node];
        double weight = reachOthers[node];
        int first = firstChild[node];
        for (int k = 0; k < count; k++) {
          instant[row + k] += weight * values[first + k];
        }
      }
      ownReachSum[infoset] = ownReach;
    }
  }

  /**
   * Turns the counterfactual action values of {@code infosets[from .. to)} into instantaneous regrets
   * (minus the value of the current strategy) and hands them to {@link #accumulate}.
   */
  private void finishRegrets(int[] infosets, int from, int to, long iteration) {
    double[] instant = instantRegret;
    for (int j = from; j < to; j++) {
      int infoset = infosets[j];
      int row = infoset * width;
      int count = actionCount[infoset];
      double expected = 0.0;
      for (int k = 0; k < count; k++) {
        expected += strategy[row + k] * instant[row + k];
      }
      for (int k = 0; k < count; k++) {
        instant[row + k] -= expected;
      }
      accumulate(row, count, ownReachSum[infoset], iteration);
    }
  }
}
