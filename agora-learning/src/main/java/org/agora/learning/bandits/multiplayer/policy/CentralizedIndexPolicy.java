package org.agora.learning.bandits.multiplayer.policy;

import org.agora.learning.bandits.multiplayer.MultiPlayerPolicy;

/**
 * A centre that learns: one {@link ArmIndices} learner fed with every player's reward, which assigns
 * the M arms with the largest indices to the M players, one each (so no player ever collides). This is
 * the multiple-play bandit of V. Anantharam, P. Varaiya and J. Walrand, "Asymptotically efficient
 * allocation rules for the multiarmed bandit problem with multiple plays", IEEE Transactions on
 * Automatic Control 32(11), 1987, played with UCB1 or KL-UCB indices; the decentralised policies are
 * measured against it. Classic models only. O(K) per round plus one KL root
 * per pulled arm.
 */
public final class CentralizedIndexPolicy implements MultiPlayerPolicy {

  private final int players;
  private final ArmIndices learner;

  public CentralizedIndexPolicy(int players, int arms, ArmIndices.Kind kind) {
    this.players = players;
    learner = new ArmIndices(arms, kind);
  }

  @Override
  public int playerCount() {
    return players;
  }

  @Override
  public int armCount() {
    return learner.armCount();
  }

  @Override
  public void reset() {
    learner.reset();
  }

  @Override
  public void choose(long round, int[] chosen) {
    learner.rank(round, players);
    for (int player = 0; player < players; player++) {
      chosen[player] = learner.arm(player);
    }
  }

  @Override
  public void update(long round, int[] pulled, double[] rewards, int[] sharers) {
    for (int player = 0; player < players; player++) {
      learner.update(pulled[player], rewards[player]);
    }
  }

  @Override
  public String describe() {
    return "centralized(index=" + learner.kind().text() + ")";
  }
}
