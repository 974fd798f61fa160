package org.agora.learning.bandits.multiplayer.policy;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The rounds of {@link McTopM} and {@link RandTopM} (Besson and Kaufmann, ALT 2018), which differ only
 * in the chair: per player its arm, whether it is seated, whether it collided last round, and the
 * positions of its previous ranking (flat, {@code player * K + arm}).
 */
abstract class TopMPlayers extends IndexPlayers {

  private final boolean chairs;
  private final int[] current;
  private final boolean[] seated;
  private final boolean[] collided;
  private final int[] previous;

  TopMPlayers(int players, int arms, ArmIndices.Kind kind, RandomGenerator random, boolean chairs) {
    super(players, arms, kind, random);
    this.chairs = chairs;
    current = new int[players];
    seated = new boolean[players];
    collided = new boolean[players];
    previous = new int[players * arms];
    reset();
  }

  @Override
  public final void reset() {
    super.reset();
    Arrays.fill(current, -1);
    Arrays.fill(seated, false);
    Arrays.fill(collided, false);
  }

  @Override
  public final void choose(long round, int[] chosen) {
    for (int player = 0; player < players; player++) {
      ArmIndices learner = learners[player];
      int offset = player * arms;
      learner.copyPositions(previous, offset);
      learner.rank(round, players);
      int arm = current[player];
      if (arm < 0) {
        arm = random.nextInt(arms);
        seated[player] = false;
      } else if (!chairs && collided[player]) {
        arm = Choices.uniformTop(learner, players, random);
      } else if (learner.position(arm) >= players) {
        arm = Choices.uniformTopBelow(learner, players, previous, offset, arm, random);
        seated[player] = false;
      } else if (collided[player] && !seated[player]) {
        arm = Choices.uniformTop(learner, players, random);
        seated[player] = false;
      } else {
        seated[player] = chairs;
      }
      current[player] = arm;
      chosen[player] = arm;
    }
  }

  @Override
  public final void update(long round, int[] pulled, double[] rewards, int[] sharers) {
    for (int player = 0; player < players; player++) {
      learn(player, pulled[player], rewards[player], sharers[player]);
      collided[player] = sharers[player] > 1;
    }
  }
}
