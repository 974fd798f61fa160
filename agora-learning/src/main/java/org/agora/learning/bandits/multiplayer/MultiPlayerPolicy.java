package org.agora.learning.bandits.multiplayer;

/**
 * Moves the M players of a multi-player bandit: each round the simulation asks for every player's arm,
 * applies the collision model and feeds back each player's reward and what it observed. A decentralised
 * policy keeps each player's statistics apart and lets player p read only entry p of the feedback; a
 * centralised one assigns the arms jointly. Randomness comes from the generator the policy was created
 * with. Implementations use flat arrays and do not allocate in {@link #choose} or {@link #update}.
 */
public interface MultiPlayerPolicy {

  /** The number of players M. */
  int playerCount();

  /** The number of arms K. */
  int armCount();

  /** Forgets everything learned; the next round is round 1 again. The generator is not reset. */
  void reset();

  /**
   * Writes each player's arm for {@code round} into {@code arms}.
   *
   * @param round the round, from 1
   * @param arms length M, overwritten
   */
  void choose(long round, int[] arms);

  /**
   * Records the round's feedback.
   *
   * @param arms the arms just pulled (as written by {@link #choose})
   * @param rewards each player's reward (0 for a collision in the classic models, a share in the shared one)
   * @param sharers how many players pulled each player's arm (1 alone, more on a collision), or 0 when
   *     the collision model does not let players observe it
   */
  void update(long round, int[] arms, double[] rewards, int[] sharers);

  /** The policy string that creates this policy, e.g. {@code mctopm(index=kl-ucb)}. */
  String describe();
}
