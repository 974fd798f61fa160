package org.agora.learning.bandits.multiplayer.policy;

import java.util.random.RandomGenerator;

/**
 * MCTopM ("Musical Chair on the top-M arms") of L. Besson and E. Kaufmann, "Multi-Player Bandits
 * Revisited", ALT 2018 (Algorithm 2). Each player ranks the arms by its own indices g(t) and keeps the
 * set M(t) of its M best; it starts on a uniform arm, not seated. Then, each round: if its arm left M(t),
 * it moves to a uniform arm of M(t) whose index was at most its arm's at the previous round, unseated;
 * else if it collided while not seated, it moves to a uniform arm of M(t), unseated; else it stays and
 * is seated (a seated player ignores collisions and keeps its chair until its arm leaves M(t)). Needs
 * collision sensing. With KL-UCB indices the paper proves O(M K ln T / ...) regret, the best order known
 * for this model at the time.
 *
 * <p>Departures: when no arm of M(t) had a smaller previous index than the player's arm (the paper's
 * set is then empty), the player draws among all of M(t); indices tied at the previous round are
 * ordered by arm (see {@link ArmIndices}).
 */
public final class McTopM extends TopMPlayers {

  /** @param random the players' uniform draws */
  public McTopM(int players, int arms, ArmIndices.Kind kind, RandomGenerator random) {
    super(players, arms, kind, random, true);
  }

  @Override
  public String describe() {
    return "mctopm(index=" + index() + ")";
  }
}
