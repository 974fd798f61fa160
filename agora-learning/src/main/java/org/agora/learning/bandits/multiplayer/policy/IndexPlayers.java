package org.agora.learning.bandits.multiplayer.policy;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.multiplayer.MultiPlayerPolicy;

/**
 * What the decentralised index policies share: M players, each with its own {@link ArmIndices} fed
 * only with its own rewards, the generator they draw from, and the rule that a player learns from a
 * pull only when it was alone on the arm (a collision tells it that it collided, not what the arm gave;
 * Besson and Kaufmann's model also lets a colliding player sense the arm's sample, which this
 * implementation does not use).
 */
abstract class IndexPlayers implements MultiPlayerPolicy {

  protected final ArmIndices[] learners;
  protected final int players;
  protected final int arms;
  protected final RandomGenerator random;

  IndexPlayers(int players, int arms, ArmIndices.Kind kind, RandomGenerator random) {
    this.players = players;
    this.arms = arms;
    this.random = random;
    learners = new ArmIndices[players];
    for (int player = 0; player < players; player++) {
      learners[player] = new ArmIndices(arms, kind);
    }
  }

  @Override
  public final int playerCount() {
    return players;
  }

  @Override
  public final int armCount() {
    return arms;
  }

  @Override
  public void reset() {
    for (ArmIndices learner : learners) {
      learner.reset();
    }
  }

  /** Feeds player {@code player}'s own reward to its learner when it was alone on its arm. */
  protected final void learn(int player, int arm, double reward, int sharers) {
    if (sharers == 1) {
      learners[player].update(arm, reward);
    }
  }

  /** The index family's name, for {@link #describe()}. */
  protected final String index() {
    return learners[0].kind().text();
  }
}
