package org.agora.learning.bandits.contextual;

import java.util.SplittableRandom;
import org.agora.learning.bandits.arm.ReplayEvaluation;

/**
 * Offline evaluation of a contextual policy on logged data by the replay method of L. Li, W. Chu, J.
 * Langford and X. Wang, "Unbiased offline evaluation of contextual-bandit-based news article
 * recommendation algorithms", WSDM 2011 (their Algorithm 1), the contextual counterpart of
 * {@link ReplayEvaluation}: the log is read in order; each logged round the policy sees the logged
 * context and chooses an arm, and only if it equals the logged arm does it see the logged reward (and
 * its round counter advance); other rounds are discarded. When the logging policy chose arms uniformly
 * at random, independently of the past, the accepted rounds are distributed as an online run of the
 * policy (their Theorem 1), so the average reward is an unbiased estimate of its per-round reward over
 * about {@code rounds / K} online rounds. A non-uniform logging policy biases the estimate and this class
 * cannot detect it. One context array is reused; nothing is allocated per round.
 */
public final class ContextualReplayEvaluation {

  private ContextualReplayEvaluation() {}

  /**
   * Creates a policy from its string (horizon: the number of logged rounds; its generator from
   * {@code seed}) and replays {@code log} to it.
   *
   * @throws org.agora.core.GameSpecException for a bad policy string
   */
  public static ReplayEvaluation.Result run(String policy, ContextualReplayLog log, long seed) {
    ContextualBanditPolicy learner = ContextualBanditRegistry.createPolicy(policy,
        new ContextualSetting(log.armCount(), log.dimension(), log.rounds()), new SplittableRandom(seed));
    return run(learner, log);
  }

  /**
   * Replays {@code log} to {@code policy} (which is reset first).
   *
   * @throws IllegalArgumentException if the policy and the log disagree on arms or dimension
   */
  public static ReplayEvaluation.Result run(ContextualBanditPolicy policy, ContextualReplayLog log) {
    if (policy.armCount() != log.armCount() || policy.dimension() != log.dimension()) {
      throw new IllegalArgumentException("the policy has " + policy.armCount() + " arms and dimension "
          + policy.dimension() + ", the log " + log.armCount() + " and " + log.dimension());
    }
    policy.reset();
    int d = log.dimension();
    int[] arms = log.arms();
    double[] rewards = log.rewards();
    double[] contexts = log.contexts();
    double[] context = new double[d];
    long accepted = 0;
    double total = 0;
    for (int i = 0; i < arms.length; i++) {
      System.arraycopy(contexts, i * d, context, 0, d);
      int arm = policy.choose(accepted + 1, context);
      if (arm == arms[i]) {
        policy.update(arm, context, rewards[i]);
        accepted++;
        total += rewards[i];
      }
    }
    return new ReplayEvaluation.Result(arms.length, accepted, total);
  }
}
