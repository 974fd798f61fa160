package org.agora.solvers.cfr;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/**
 * Outcome-sampling Monte Carlo counterfactual regret minimisation on a compiled {@link GameTree}
 * (Lanctot, Waugh, Zinkevich and Bowling, "Monte Carlo Sampling for Regret Minimization in Extensive
 * Games", NIPS 2009).
 *
 * <p>One iteration is one sampled trajectory per player, players in order 0, 1, .... With player
 * {@code i} as traverser, chance and the other players sample on-policy (their current
 * regret-matching strategies {@code sigma}); at {@code i}'s own nodes the action is drawn from the
 * epsilon-greedy mix {@code sigma' = epsilon * uniform + (1 - epsilon) * sigma} (default epsilon
 * 0.6). Let {@code q(z)} be the product of {@code sigma'} over the traverser's choices on the
 * sampled terminal history {@code z} (the on-policy factors of chance and the others cancel against
 * their reach), {@code W = u_i(z) / q(z)} and {@code t} the product of the traverser's {@code sigma}
 * over its choices strictly below the node {@code h} where it drew slot {@code a}. The sampled
 * counterfactual regret added at {@code h}'s information state is {@code W * t * (1 - sigma(a))}
 * for slot {@code a} and {@code -W * t * sigma(a)} for every other slot: the paper's
 * importance-weighted estimate {@code W (pi(z | h b) - pi(z | h))}, unbiased for the counterfactual
 * regret.
 *
 * <p>Average strategy: stochastically weighted averaging (the paper's unbiased update). At each
 * node {@code h} of a non-traverser's information state {@code I} on the trajectory, that player's
 * current strategy divided by the traverser's sampling probability so far, {@code sigma(I, .) /
 * q(h)}, is added to {@code I}'s strategy sums. The node is reached with probability
 * {@code q(h) * pi_owner(h) * pi_chance(h)} (two players), so the expected increment is
 * {@code pi_owner(I) * sigma(I, .)} times a factor depending on {@code I} alone, which cancels on
 * normalisation: the reach-weighted (linear) average of the paper. With more than two players the
 * other non-traversers' reach also enters. A never-visited information state averages to uniform.
 *
 * <p>Cost per iteration: O(players x depth x maxActions); no allocation after construction (one
 * preallocated strategy row per tree depth; the walk is a recursion as deep as the tree).
 * Single-threaded for the reason given in {@link ExternalSamplingMccfr}. Deterministic for a seed.
 */
public final class OutcomeSamplingMccfr implements IterativeSolver {

  /** Exploration weight used by the short constructors. */
  public static final double DEFAULT_EPSILON = 0.6;

  private final GameTree tree;
  private final RandomGenerator random;
  private final double epsilon;
  private final int width;
  private final double[] regrets;
  private final double[] strategySums;
  private final double[] strategyStack;
  /** Traverser's sampling probability of the whole trajectory, set at the terminal. */
  private double trajectoryProbability;
  /** Product of the traverser's current-strategy probabilities below the node being returned to. */
  private double tail;
  private long iterations;

  /** A solver with epsilon 0.6 drawing from a {@link SplittableRandom} seeded with {@code seed}. */
  public OutcomeSamplingMccfr(GameTree tree, long seed) {
    this(tree, new SplittableRandom(seed), DEFAULT_EPSILON);
  }

  /**
   * A solver drawing from {@code random}, which it then owns.
   *
   * @param epsilon exploration weight at the traverser's nodes, in (0, 1]
   * @throws IllegalArgumentException for an epsilon outside (0, 1]
   */
  public OutcomeSamplingMccfr(GameTree tree, RandomGenerator random, double epsilon) {
    if (!(epsilon > 0.0 && epsilon <= 1.0)) {
      throw new IllegalArgumentException("epsilon " + epsilon + " is not in (0, 1]");
    }
    this.tree = tree;
    this.random = random;
    this.epsilon = epsilon;
    this.width = tree.maxActions();
    this.regrets = tree.newSlotArray();
    this.strategySums = tree.newSlotArray();
    this.strategyStack = new double[(tree.statistics().maxDepth() + 1) * width];
  }

  @Override
  public GameTree tree() {
    return tree;
  }

  /** The exploration weight. */
  public double epsilon() {
    return epsilon;
  }

  @Override
  public void iterate(int count) {
    int players = tree.playerCount();
    for (int t = 0; t < count; t++) {
      for (int traverser = 0; traverser < players; traverser++) {
        walk(0, traverser, 1.0);
      }
      iterations++;
    }
  }

  /** Returns the traverser's utility at the sampled terminal; sets {@link #trajectoryProbability} and {@link #tail}. */
  private double walk(int node, int traverser, double sampleProbability) {
    int player = tree.player(node);
    if (player == GameTree.TERMINAL) {
      trajectoryProbability = sampleProbability;
      tail = 1.0;
      return tree.utility(node, traverser);
    }
    int first = tree.firstChild(node);
    if (player == GameTree.CHANCE) {
      return walk(first + Sampling.sampleChance(tree, node, random.nextDouble()), traverser, sampleProbability);
    }
    int row = tree.infoset(node) * width;
    int count = tree.childCount(node);
    int stackRow = tree.depth(node) * width;
    double[] strategy = strategyStack;
    RegretKernel.regretMatching(regrets, row, count, strategy, stackRow);
    if (player != traverser) {
      double weight = 1.0 / sampleProbability;
      RegretKernel.accumulate(strategySums, row, count, weight, strategy, stackRow);
      int slot = Sampling.sample(strategy, stackRow, count, random.nextDouble());
      return walk(first + slot, traverser, sampleProbability);
    }
    double explore = epsilon / count;
    double keep = 1.0 - epsilon;
    double draw = random.nextDouble();
    int slot = count - 1;
    double cumulative = 0.0;
    for (int k = 0; k < count - 1; k++) {
      cumulative += explore + keep * strategy[stackRow + k];
      if (draw < cumulative) {
        slot = k;
        break;
      }
    }
    double chosen = strategy[stackRow + slot];
    double utility = walk(first + slot, traverser, sampleProbability * (explore + keep * chosen));
    double below = tail;
    double scaled = utility / trajectoryProbability * below;
    for (int k = 0; k < count; k++) {
      regrets[row + k] -= scaled * chosen;
    }
    regrets[row + slot] += scaled;
    tail = below * chosen;
    return utility;
  }

  @Override
  public long iterations() {
    return iterations;
  }

  @Override
  public double[] averageBehaviour() {
    return RegretKernel.averageBehaviour(tree, strategySums);
  }

  /** A copy of the accumulated (unnormalised) average-strategy weights, a per-slot array. */
  public double[] strategySums() {
    return strategySums.clone();
  }

  /** The current regret-matching profile, a fresh per-slot array. */
  public double[] currentBehaviour() {
    return RegretKernel.currentBehaviour(tree, regrets);
  }
}
