package org.agora.learning.bandits;

/**
 * A single-player bandit policy: chooses an arm each round and learns from the reward it gets. Any
 * randomness comes from the generator the policy was created with, so a run is reproducible from its
 * seeds. Implementations keep their statistics in flat primitive arrays and neither box nor allocate
 * in {@link #choose} or {@link #update}.
 *
 * <p>Rounds are numbered from 1; the caller alternates {@code choose(t)} and {@code update(arm,
 * reward)} for t = 1, 2, .... A contextual policy takes a context vector in a separate interface,
 * {@link org.agora.learning.bandits.contextual.ContextualBanditPolicy}; a multi-player simulation
 * calls one policy per player and applies its collision model to the rewards it feeds back.
 */
public interface BanditPolicy {

  /** The number of arms the policy was created for. */
  int armCount();

  /** Forgets everything learned; the next round is round 1 again. The random generator is not reset. */
  void reset();

  /**
   * The arm to pull in {@code round}.
   *
   * @param round the round number, starting at 1
   */
  int choose(long round);

  /** Records the reward of the arm just pulled. */
  void update(int arm, double reward);

  /** The policy string that creates this policy, e.g. {@code kl-ucb(c=0.0)}. */
  String describe();
}
