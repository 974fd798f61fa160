package org.agora.learning.bandits.contextual;

/**
 * A contextual bandit policy: sees a context vector each round, chooses an arm and learns from the
 * reward of that arm in that context. The caller owns the context array and may overwrite it after
 * {@link #update}; implementations keep their statistics in flat primitive arrays and neither box nor
 * allocate in {@link #choose} or {@link #update}. Any randomness comes from the generator the policy
 * was created with, so a run is reproducible from its seeds.
 *
 * <p>Rounds are numbered from 1; the caller alternates {@code choose(t, x_t)} and {@code update(arm,
 * x_t, reward)} with the same context array.
 */
public interface ContextualBanditPolicy {

  /** The number of arms K. */
  int armCount();

  /** The length d of the context vectors. */
  int dimension();

  /** Forgets everything learned; the next round is round 1 again. The random generator is not reset. */
  void reset();

  /**
   * The arm to pull in {@code round} given {@code context} (read only, length {@link #dimension()}).
   *
   * @param round the round number, starting at 1
   */
  int choose(long round, double[] context);

  /** Records the reward of the arm just pulled in {@code context}. */
  void update(int arm, double[] context, double reward);

  /** The policy string that creates this policy, e.g. {@code linucb(alpha=1.0,lambda=1.0)}. */
  String describe();
}
