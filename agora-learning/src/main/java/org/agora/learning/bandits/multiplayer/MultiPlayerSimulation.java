package org.agora.learning.bandits.multiplayer;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.agora.learning.bandits.BanditProblem;
import org.agora.learning.bandits.BanditSimulation;
import org.agora.learning.bandits.LogGrid;

/**
 * Runs one multi-player policy on one problem for a horizon and records its regret and collision
 * curves (see {@link MultiPlayerRun}). Deterministic: a seed splits a {@link SplittableRandom} into the
 * policy's generator (first) and the rewards' generator (second), as {@link BanditSimulation} does.
 * Rewards are drawn once per pulled arm per round, in player order of first pull; in the classic models
 * a colliding arm is not drawn.
 *
 * <p>Cost per round: the policy's choose and update plus O(M) bookkeeping; the loop allocates nothing.
 */
public final class MultiPlayerSimulation {

  private MultiPlayerSimulation() {}

  /**
   * Creates the policy from its string and runs it.
   *
   * @throws org.agora.core.GameSpecException for a bad policy string
   */
  public static MultiPlayerRun run(String policy, MultiPlayerProblem problem, long horizon, long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom policyRandom = root.split();
    SplittableRandom rewardRandom = root.split();
    MultiPlayerPolicy players = MultiPlayerRegistry.createPolicy(policy, problem, horizon, policyRandom);
    return run(players, problem, horizon, rewardRandom, seed,
        LogGrid.rounds(horizon, BanditSimulation.POINTS_PER_DECADE));
  }

  /**
   * Runs {@code policy} (reset first) on {@code problem}.
   *
   * @param rewards the generator of the rewards
   * @param seed recorded in the result
   * @param grid increasing rounds at which to record the curves; the last must be {@code horizon}
   */
  public static MultiPlayerRun run(MultiPlayerPolicy policy, MultiPlayerProblem problem, long horizon,
      RandomGenerator rewards, long seed, long[] grid) {
    int armCount = problem.armCount();
    int playerCount = problem.players();
    if (policy.armCount() != armCount || policy.playerCount() != playerCount) {
      throw new IllegalArgumentException("the policy is for " + policy.playerCount() + " players on "
          + policy.armCount() + " arms, the problem has " + playerCount + " players on " + armCount);
    }
    if (grid.length == 0 || grid[grid.length - 1] != horizon) {
      throw new IllegalArgumentException("the grid must end at the horizon " + horizon);
    }
    policy.reset();
    BanditProblem bandit = problem.arms();
    double[] means = problem.means();
    double optimum = problem.optimalReward();
    boolean shared = problem.model() == CollisionModel.SHARED;
    boolean observed = problem.model().observesSharers();
    int[] arms = new int[playerCount];
    double[] received = new double[playerCount];
    int[] sharers = new int[playerCount];
    int[] pullers = new int[armCount];
    double[] draws = new double[armCount];
    boolean[] drawn = new boolean[armCount];
    double[] playerRewards = new double[playerCount];
    long[] pulls = new long[armCount];
    double[] regretCurve = new double[grid.length];
    long[] collisionCurve = new long[grid.length];
    double regret = 0;
    long collisions = 0;
    int next = 0;
    for (long round = 1; round <= horizon; round++) {
      policy.choose(round, arms);
      for (int player = 0; player < playerCount; player++) {
        pullers[arms[player]]++;
      }
      double collected = 0;
      for (int player = 0; player < playerCount; player++) {
        int arm = arms[player];
        int count = pullers[arm];
        double reward;
        if (count > 1 && !shared) {
          reward = 0;
        } else {
          if (!drawn[arm]) {
            draws[arm] = bandit.draw(arm, round, rewards);
            drawn[arm] = true;
            collected += means[arm];
          }
          reward = draws[arm] / count;
        }
        if (count > 1) {
          collisions++;
        }
        received[player] = reward;
        sharers[player] = observed ? count : 0;
        playerRewards[player] += reward;
        pulls[arm]++;
      }
      regret += optimum - collected;
      policy.update(round, arms, received, sharers);
      for (int player = 0; player < playerCount; player++) {
        pullers[arms[player]] = 0;
        drawn[arms[player]] = false;
      }
      if (round == grid[next]) {
        regretCurve[next] = regret;
        collisionCurve[next++] = collisions;
      }
    }
    return new MultiPlayerRun(policy.describe(), problem.describe(), seed, horizon, grid.clone(), regretCurve,
        collisionCurve, playerRewards, pulls);
  }
}
