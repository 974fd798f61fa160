package org.agora.learning.bandits;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Runs one policy on one problem for a horizon and records its regret curve. Deterministic: the same
 * seed gives the same run. A run with a seed splits a {@link SplittableRandom} of that seed into the
 * policy's generator (first) and the rewards' generator (second).
 *
 * <p>Cost: one {@code choose}, one draw and one {@code update} per round, plus O(K) per round for
 * adversarial problems (the per-arm totals the best fixed arm is read from).
 */
public final class BanditSimulation {

  /** Grid points per decade of the recorded curves. */
  public static final int POINTS_PER_DECADE = 20;

  private BanditSimulation() {}

  /**
   * Creates the policy and the problem from their strings and runs them.
   *
   * @throws org.agora.core.GameSpecException for a bad policy or problem string
   */
  public static BanditRun run(String policy, String problem, long horizon, long seed) {
    return run(policy, BanditRegistry.createProblem(problem), horizon, seed);
  }

  /**
   * Creates the policy from its string and runs it on {@code bandit} (problems are immutable, so one
   * instance may serve many runs and threads); the same numbers as the all-strings overload.
   *
   * @throws org.agora.core.GameSpecException for a bad policy string
   */
  public static BanditRun run(String policy, BanditProblem bandit, long horizon, long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom policyRandom = root.split();
    SplittableRandom rewardRandom = root.split();
    BanditPolicy learner = BanditRegistry.createPolicy(policy, new BanditSetting(bandit.armCount(), horizon), policyRandom);
    return run(learner, bandit, horizon, rewardRandom, seed, LogGrid.rounds(horizon, POINTS_PER_DECADE));
  }

  /**
   * Runs {@code policy} (reset first) on {@code problem}.
   *
   * @param rewards the generator of the rewards
   * @param seed recorded in the result
   * @param grid increasing rounds at which to record the regret; the last must be {@code horizon}
   */
  public static BanditRun run(BanditPolicy policy, BanditProblem problem, long horizon, RandomGenerator rewards,
      long seed, long[] grid) {
    int arms = problem.armCount();
    if (policy.armCount() != arms) {
      throw new IllegalArgumentException("the policy has " + policy.armCount() + " arms, the problem " + arms);
    }
    if (grid.length == 0 || grid[grid.length - 1] != horizon) {
      throw new IllegalArgumentException("the grid must end at the horizon " + horizon);
    }
    policy.reset();
    boolean fixedArm = problem.comparesToBestFixedArm();
    double[] armTotals = fixedArm ? new double[arms] : null;
    long[] pulls = new long[arms];
    double[] regret = new double[grid.length];
    double totalReward = 0;
    double pseudoRegret = 0;
    double policyMeanTotal = 0;
    int next = 0;
    for (long round = 1; round <= horizon; round++) {
      int arm = policy.choose(round);
      double reward = problem.draw(arm, round, rewards);
      policy.update(arm, reward);
      totalReward += reward;
      pulls[arm]++;
      if (fixedArm) {
        for (int k = 0; k < arms; k++) {
          armTotals[k] += problem.mean(k, round);
        }
        policyMeanTotal += problem.mean(arm, round);
      } else {
        pseudoRegret += problem.bestMean(round) - problem.mean(arm, round);
      }
      if (round == grid[next]) {
        regret[next++] = fixedArm ? max(armTotals) - policyMeanTotal : pseudoRegret;
      }
    }
    return new BanditRun(policy.describe(), problem.describe(), seed, horizon, grid.clone(), regret, totalReward, pulls);
  }

  private static double max(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      max = Math.max(max, value);
    }
    return max;
  }
}
