package org.agora.learning.bandits.arm;

import java.util.SplittableRandom;
import org.agora.learning.bandits.BanditPolicy;
import org.agora.learning.bandits.BanditRegistry;
import org.agora.learning.bandits.BanditSetting;

/**
 * Offline evaluation of a bandit policy on logged data by the replay method of L. Li, W. Chu, J.
 * Langford and X. Wang, "Unbiased offline evaluation of contextual-bandit-based news article
 * recommendation algorithms", WSDM 2011: the log is read in order; in each logged round the policy
 * chooses an arm, and only if it equals the logged arm does the policy see the logged reward (and its
 * round counter advance); other rounds are skipped. The average reward over accepted rounds is an
 * unbiased estimate of the policy's per-round reward <em>only when the logging policy chose arms
 * uniformly at random</em> (independently of the past); about a 1/K fraction of rounds is accepted.
 * With a non-uniform logging policy the estimate is biased and this class cannot detect it.
 */
public final class ReplayEvaluation {

  private ReplayEvaluation() {}

  /**
   * The outcome of one replay.
   *
   * @param loggedRounds rounds in the log
   * @param acceptedRounds rounds where the policy chose the logged arm
   * @param totalReward sum of the logged rewards of the accepted rounds
   */
  public record Result(int loggedRounds, long acceptedRounds, double totalReward) {

    /** The estimated per-round reward of the policy (NaN when no round was accepted). */
    public double averageReward() {
      return acceptedRounds == 0 ? Double.NaN : totalReward / acceptedRounds;
    }
  }

  /**
   * Creates a policy from its string (horizon: the number of logged rounds; its generator from
   * {@code seed}) and replays {@code log} to it.
   *
   * @throws org.agora.core.GameSpecException for a bad policy string
   */
  public static Result run(String policy, ReplayLog log, long seed) {
    BanditPolicy learner = BanditRegistry.createPolicy(policy, new BanditSetting(log.armCount(), log.rounds()),
        new SplittableRandom(seed));
    return run(learner, log);
  }

  /**
   * Replays {@code log} to {@code policy} (which is reset first).
   *
   * @throws IllegalArgumentException if the policy and the log disagree on the number of arms
   */
  public static Result run(BanditPolicy policy, ReplayLog log) {
    if (policy.armCount() != log.armCount()) {
      throw new IllegalArgumentException("the policy has " + policy.armCount() + " arms, the log " + log.armCount());
    }
    policy.reset();
    int[] arms = log.arms();
    double[] rewards = log.rewards();
    long accepted = 0;
    double total = 0;
    for (int i = 0; i < arms.length; i++) {
      int arm = policy.choose(accepted + 1);
      if (arm == arms[i]) {
        policy.update(arm, rewards[i]);
        accepted++;
        total += rewards[i];
      }
    }
    return new Result(arms.length, accepted, total);
  }
}
