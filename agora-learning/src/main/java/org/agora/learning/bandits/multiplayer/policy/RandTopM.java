package org.agora.learning.bandits.multiplayer.policy;

import java.util.random.RandomGenerator;

/**
 * RandTopM of L. Besson and E. Kaufmann, "Multi-Player Bandits Revisited", ALT 2018 (Algorithm 1): as
 * {@link McTopM} without chairs. Each round, a player that collided moves to a uniform arm of its M best
 * M(t); one whose arm left M(t) moves to a uniform arm of M(t) whose index was at most its arm's at the
 * previous round; otherwise it stays. Needs collision sensing. Departures as in {@link McTopM}.
 */
public final class RandTopM extends TopMPlayers {

  /** @param random the players' uniform draws */
  public RandTopM(int players, int arms, ArmIndices.Kind kind, RandomGenerator random) {
    super(players, arms, kind, random, false);
  }

  @Override
  public String describe() {
    return "randtopm(index=" + index() + ")";
  }
}
