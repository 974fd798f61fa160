package org.agora.markets.mechanism.contract;

import java.util.random.RandomGenerator;

/**
 * Learning a linear contract from outcome-only feedback: each round the principal posts a share
 * {@code alpha} from the uniform grid {@code k / (K - 1)}, the agent (whose costs and outcome
 * distributions the principal does not know) best-responds, and the principal observes only the
 * realised outcome and hence its realised utility {@code (1 - alpha) r_j}. The grid is treated as a
 * {@code K}-armed stochastic bandit and played with UCB1 (rewards scaled by the reward bound).
 *
 * <p>This is the discretise-then-bandit approach of B. Zhu, S. Bates, Z. Yang, Y. Wang, J. Jiao and
 * M. I. Jordan, "The Sample Complexity of Online Contract Design", EC 2023, restricted to linear
 * contracts (a one-dimensional family): with {@code K ~ T^{1/3}} arms its regret against the best
 * linear contract is {@code O~(T^{2/3})}. UCB1: P. Auer, N. Cesa-Bianchi and P. Fischer, "Finite-time
 * Analysis of the Multiarmed Bandit Problem", <i>Machine Learning</i> 47, 235–256, 2002. Each round
 * costs {@code O(K)} and allocates nothing.
 */
public final class LinearContractLearner {

  /**
   * What a learning run did.
   *
   * @param mostPlayedShare the share the learner posted most often
   * @param averageUtility the principal's average realised utility over the run
   * @param pulls how often each grid share was posted
   */
  public record Run(double mostPlayedShare, double averageUtility, long[] pulls) {

    public Run {
      pulls = pulls.clone();
    }

    @Override
    public long[] pulls() {
      return pulls.clone();
    }
  }

  private final int arms;
  private final double rewardBound;
  private final long[] pulls;
  private final double[] totals;
  private long rounds;

  /**
   * @param gridPoints number of shares {@code K >= 2} on the grid {@code k / (K - 1)}
   * @param rewardBound an upper bound {@code > 0} on the principal's reward per outcome
   */
  public LinearContractLearner(int gridPoints, double rewardBound) {
    if (gridPoints < 2) {
      throw new IllegalArgumentException("the share grid needs at least 2 points, got " + gridPoints);
    }
    if (!(rewardBound > 0) || Double.isInfinite(rewardBound)) {
      throw new IllegalArgumentException("the reward bound must be finite and > 0, got " + rewardBound);
    }
    this.arms = gridPoints;
    this.rewardBound = rewardBound;
    this.pulls = new long[gridPoints];
    this.totals = new double[gridPoints];
  }

  /** The share of grid arm {@code arm}. */
  public double share(int arm) {
    return arm / (double) (arms - 1);
  }

  /** The arm to post next: each arm once, then the highest UCB1 index. */
  public int nextArm() {
    if (rounds < arms) {
      return (int) rounds;
    }
    int best = 0;
    double bestIndex = Double.NEGATIVE_INFINITY;
    double log = Math.log(rounds);
    for (int k = 0; k < arms; k++) {
      double index = totals[k] / pulls[k] / rewardBound + Math.sqrt(2 * log / pulls[k]);
      if (index > bestIndex) {
        bestIndex = index;
        best = k;
      }
    }
    return best;
  }

  /** Records that {@code arm} was posted and the outcome's reward to the principal was {@code outcomeReward}. */
  public void observe(int arm, double outcomeReward) {
    pulls[arm]++;
    totals[arm] += (1 - share(arm)) * outcomeReward;
    rounds++;
  }

  /** The most-posted arm so far. */
  public int mostPlayedArm() {
    int best = 0;
    for (int k = 1; k < arms; k++) {
      if (pulls[k] > pulls[best]) {
        best = k;
      }
    }
    return best;
  }

  /**
   * Runs the learner for {@code rounds} rounds against an agent who best-responds in {@code problem}
   * (rewards must lie in [0, rewardBound]); outcomes are drawn from {@code random}.
   */
  public static Run run(ContractProblem problem, int gridPoints, long rounds, RandomGenerator random) {
    double bound = 0;
    for (int j = 0; j < problem.outcomes(); j++) {
      if (problem.reward(j) < 0) {
        throw new IllegalArgumentException("learning a linear contract needs non-negative rewards; outcome " + j
            + " has " + problem.reward(j));
      }
      bound = Math.max(bound, problem.reward(j));
    }
    LinearContractLearner learner = new LinearContractLearner(gridPoints, bound > 0 ? bound : 1);
    int[] response = new int[gridPoints];
    for (int k = 0; k < gridPoints; k++) {
      response[k] = LinearContract.at(problem, learner.share(k)).action();
    }
    double total = 0;
    for (long t = 0; t < rounds; t++) {
      int arm = learner.nextArm();
      int outcome = sampleOutcome(problem, response[arm], random.nextDouble());
      learner.observe(arm, problem.reward(outcome));
      total += (1 - learner.share(arm)) * problem.reward(outcome);
    }
    return new Run(learner.share(learner.mostPlayedArm()), rounds == 0 ? 0 : total / rounds, learner.pulls);
  }

  private static int sampleOutcome(ContractProblem problem, int action, double uniform) {
    double cumulative = 0;
    int last = problem.outcomes() - 1;
    for (int j = 0; j < last; j++) {
      cumulative += problem.probability(action, j);
      if (uniform < cumulative) {
        return j;
      }
    }
    return last;
  }
}
