package org.agora.learning.bandits.contextual;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.agora.learning.bandits.BanditRun;
import org.agora.learning.bandits.BanditSimulation;
import org.agora.learning.bandits.LogGrid;

/**
 * Runs one contextual policy on one contextual problem and records its regret against the best arm of
 * each context, {@code sum_t (max_k mean(k, x_t) - mean(a_t, x_t))} (pseudo-regret: means, not drawn
 * rewards), on the same log grid as {@link BanditSimulation}. Deterministic: a run with a seed splits a
 * {@link SplittableRandom} of that seed into the policy's generator, the contexts' generator and the
 * rewards' generator, in that order, so every policy run with the same seed sees the same contexts.
 *
 * <p>Cost per round: the policy's choose and update, one context draw, one reward draw and K means
 * (for the best arm); one context array is reused for the whole run.
 */
public final class ContextualBanditSimulation {

  private ContextualBanditSimulation() {}

  /**
   * Creates the policy and the problem from their strings and runs them.
   *
   * @throws org.agora.core.GameSpecException for a bad policy or problem string
   */
  public static BanditRun run(String policy, String problem, long horizon, long seed) {
    return run(policy, ContextualBanditRegistry.createProblem(problem), horizon, seed);
  }

  /**
   * Creates the policy from its string and runs it on {@code problem} (problems are immutable).
   *
   * @throws org.agora.core.GameSpecException for a bad policy string
   */
  public static BanditRun run(String policy, ContextualBanditProblem problem, long horizon, long seed) {
    if (horizon < 1) {
      throw new IllegalArgumentException("the horizon must be at least 1, got " + horizon);
    }
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom policyRandom = root.split();
    SplittableRandom contextRandom = root.split();
    SplittableRandom rewardRandom = root.split();
    ContextualBanditPolicy learner = ContextualBanditRegistry.createPolicy(policy,
        new ContextualSetting(problem.armCount(), problem.dimension(), horizon), policyRandom);
    return run(learner, problem, horizon, contextRandom, rewardRandom, seed,
        LogGrid.rounds(horizon, BanditSimulation.POINTS_PER_DECADE));
  }

  /**
   * Runs {@code policy} (reset first) on {@code problem}.
   *
   * @param contexts the generator of the contexts
   * @param rewards the generator of the rewards
   * @param seed recorded in the result
   * @param grid increasing rounds at which to record the regret; the last must be {@code horizon}
   */
  public static BanditRun run(ContextualBanditPolicy policy, ContextualBanditProblem problem, long horizon,
      RandomGenerator contexts, RandomGenerator rewards, long seed, long[] grid) {
    int arms = problem.armCount();
    if (policy.armCount() != arms || policy.dimension() != problem.dimension()) {
      throw new IllegalArgumentException("the policy has " + policy.armCount() + " arms and dimension "
          + policy.dimension() + ", the problem " + arms + " and " + problem.dimension());
    }
    if (grid.length == 0 || grid[grid.length - 1] != horizon) {
      throw new IllegalArgumentException("the grid must end at the horizon " + horizon);
    }
    policy.reset();
    double[] context = new double[problem.dimension()];
    long[] pulls = new long[arms];
    double[] regret = new double[grid.length];
    double totalReward = 0;
    double pseudoRegret = 0;
    int next = 0;
    for (long round = 1; round <= horizon; round++) {
      problem.drawContext(round, contexts, context);
      int arm = policy.choose(round, context);
      double reward = problem.draw(arm, context, rewards);
      policy.update(arm, context, reward);
      totalReward += reward;
      pulls[arm]++;
      pseudoRegret += problem.bestMean(context) - problem.mean(arm, context);
      if (round == grid[next]) {
        regret[next++] = pseudoRegret;
      }
    }
    return new BanditRun(policy.describe(), problem.describe(), seed, horizon, grid.clone(), regret, totalReward,
        pulls);
  }
}
