package org.agora.solvers.cfr;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/**
 * External-sampling Monte Carlo counterfactual regret minimisation on a compiled {@link GameTree}
 * (Lanctot, Waugh, Zinkevich and Bowling, "Monte Carlo Sampling for Regret Minimization in Extensive
 * Games", NIPS 2009).
 *
 * <p>One iteration is one traversal per player, players in order 0, 1, ...: with player {@code i} as
 * traverser, chance outcomes and the other players' actions are sampled (the others from their
 * current regret-matching strategies), and every action of the traverser is walked. At each node
 * {@code h} of a traverser information state {@code I} the sampled counterfactual regret
 * {@code v(ha) - sum_b sigma(I,b) v(hb)} is added to {@code I}'s cumulative regret for each slot
 * {@code a}, where {@code v} is the traverser's sampled utility below (the importance weights of the
 * sampled chance and opponent actions cancel against their reach, as in the paper).
 *
 * <p>Average strategy: "simple" averaging. At each visited node of an information state {@code I}
 * of a non-traverser, that player's whole current strategy {@code sigma(I, .)} is added to
 * {@code I}'s strategy sums. A node {@code h} of {@code I} is visited with probability
 * {@code pi_owner(h) * pi_chance(h)} in two-player games (the owner's actions and chance are
 * sampled on-policy, the traverser's are all walked), so the expected increment is
 * {@code pi_owner(I) * sigma(I, .)} times a factor that depends on {@code I} only and cancels when
 * the row is normalised: the expectation of the paper's reach-weighted average. With more than two
 * players the other non-traversers' reach also enters the weight, the usual approximation. The
 * average returned is the normalised strategy sums; a never-visited information state is uniform.
 *
 * <p>Cost per iteration: O(sum over players of the nodes in the traverser's sampled subtree), at
 * most the product of the traverser's branching factors along a path, far less than a full tree
 * walk. No allocation after construction: strategies live in one preallocated buffer row per tree
 * depth, the walk is a recursion whose depth is the tree depth. Single-threaded: one iteration is a
 * few microseconds on small games, so independent workers with merged tables only pay off on games
 * far larger than those this tree representation holds; for parallel runs use several instances
 * with seeds split from one {@link SplittableRandom}.
 *
 * <p>Deterministic: the same tree and seed give the same regrets, strategies and average.
 */
public final class ExternalSamplingMccfr implements IterativeSolver {

  private final GameTree tree;
  private final RandomGenerator random;
  private final int width;
  private final double[] regrets;
  private final double[] strategySums;
  /** Row {@code depth} holds the current strategy of the node at that depth on the walked path. */
  private final double[] strategyStack;
  /** Row {@code depth} holds the sampled values of the children of the traverser node at that depth. */
  private final double[] valueStack;
  private long iterations;

  /** A solver drawing from a {@link SplittableRandom} seeded with {@code seed}. */
  public ExternalSamplingMccfr(GameTree tree, long seed) {
    this(tree, new SplittableRandom(seed));
  }

  /** A solver drawing from {@code random}, which it then owns. */
  public ExternalSamplingMccfr(GameTree tree, RandomGenerator random) {
    this.tree = tree;
    this.random = random;
    this.width = tree.maxActions();
    this.regrets = tree.newSlotArray();
    this.strategySums = tree.newSlotArray();
    int rows = tree.statistics().maxDepth() + 1;
    this.strategyStack = new double[rows * width];
    this.valueStack = new double[rows * width];
  }

  @Override
  public GameTree tree() {
    return tree;
  }

  @Override
  public void iterate(int count) {
    int players = tree.playerCount();
    for (int t = 0; t < count; t++) {
      for (int traverser = 0; traverser < players; traverser++) {
        traverse(0, traverser);
      }
      iterations++;
    }
  }

  private double traverse(int node, int traverser) {
    int player = tree.player(node);
    if (player == GameTree.TERMINAL) {
      return tree.utility(node, traverser);
    }
    int first = tree.firstChild(node);
    if (player == GameTree.CHANCE) {
      return traverse(first + Sampling.sampleChance(tree, node, random.nextDouble()), traverser);
    }
    int infoset = tree.infoset(node);
    int row = infoset * width;
    int count = tree.childCount(node);
    int stackRow = tree.depth(node) * width;
    RegretKernel.regretMatching(regrets, row, count, strategyStack, stackRow);
    if (player != traverser) {
      RegretKernel.accumulate(strategySums, row, count, 1.0, strategyStack, stackRow);
      int slot = Sampling.sample(strategyStack, stackRow, count, random.nextDouble());
      return traverse(first + slot, traverser);
    }
    double nodeValue = 0.0;
    for (int k = 0; k < count; k++) {
      double childValue = traverse(first + k, traverser);
      valueStack[stackRow + k] = childValue;
      nodeValue += strategyStack[stackRow + k] * childValue;
    }
    for (int k = 0; k < count; k++) {
      regrets[row + k] += valueStack[stackRow + k] - nodeValue;
    }
    return nodeValue;
  }

  @Override
  public long iterations() {
    return iterations;
  }

  @Override
  public double[] averageBehaviour() {
    return RegretKernel.averageBehaviour(tree, strategySums);
  }

  /** The current regret-matching profile, a fresh per-slot array. */
  public double[] currentBehaviour() {
    return RegretKernel.currentBehaviour(tree, regrets);
  }

  /** A copy of the cumulative regrets, a per-slot array. */
  public double[] cumulativeRegrets() {
    return regrets.clone();
  }
}
