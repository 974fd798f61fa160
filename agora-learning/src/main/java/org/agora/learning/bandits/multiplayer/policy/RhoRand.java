package org.agora.learning.bandits.multiplayer.policy;

import java.util.random.RandomGenerator;

/**
 * rho^RAND of A. Anandkumar, N. Michael, A. K. Tang and A. Swami, "Distributed Algorithms for Learning
 * and Cognitive Medium Access with Logarithmic Regret", IEEE Journal on Selected Areas in
 * Communications 29(4), 2011: each player holds a rank r in {1, ..., M}, drawn uniformly at the start,
 * and pulls the arm with the r-th largest index of its own learner; after a collision it draws a new
 * rank uniformly. Needs collision sensing. The paper's index is a UCB; UCB1 and KL-UCB are offered, as
 * in SMPyBandits' rhoRand. O(K) per player per round for the ranking (about one KL root solved).
 */
public final class RhoRand extends IndexPlayers {

  private final int[] ranks;

  /** @param random draws the ranks */
  public RhoRand(int players, int arms, ArmIndices.Kind kind, RandomGenerator random) {
    super(players, arms, kind, random);
    ranks = new int[players];
    reset();
  }

  @Override
  public void reset() {
    super.reset();
    for (int player = 0; player < players; player++) {
      ranks[player] = random.nextInt(players);
    }
  }

  @Override
  public void choose(long round, int[] chosen) {
    for (int player = 0; player < players; player++) {
      ArmIndices learner = learners[player];
      learner.rank(round, players);
      chosen[player] = learner.arm(ranks[player]);
    }
  }

  @Override
  public void update(long round, int[] pulled, double[] rewards, int[] sharers) {
    for (int player = 0; player < players; player++) {
      learn(player, pulled[player], rewards[player], sharers[player]);
      if (sharers[player] > 1) {
        ranks[player] = random.nextInt(players);
      }
    }
  }

  @Override
  public String describe() {
    return "rhorand(index=" + index() + ")";
  }
}
