package org.agora.learning.bandits.multiplayer.policy;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.BanditPolicy;
import org.agora.learning.bandits.BanditRegistry;
import org.agora.learning.bandits.BanditSetting;
import org.agora.learning.bandits.multiplayer.MultiPlayerPolicy;

/**
 * The Selfish baseline (named so by L. Besson and E. Kaufmann, "Multi-Player Bandits Revisited", ALT
 * 2018, after the selfish UCB players of Bonnefoi et al. 2017): each player runs its own single-player
 * policy from part 1 on the reward it receives, so a collision counts as a reward of 0 (a share in the
 * shared model). Needs no collision sensing, works under every model, and has no guarantee: Besson and
 * Kaufmann report that it sometimes fails badly. Cost: that of M single-player policies.
 *
 * <p>Each player sees the arms under its own random relabelling, drawn at every {@link #reset()}: part
 * 1's index policies break ties by the lowest arm, so identical deterministic players would otherwise
 * pull the same arms forever and collide every round (SMPyBandits breaks index ties at random, which
 * the relabelling reproduces for the initial pulls and all later ties).
 */
public final class Selfish implements MultiPlayerPolicy {

  private final BanditPolicy[] learners;
  private final String index;
  private final int arms;
  private final RandomGenerator random;
  private final int[] labels;
  private final int[] labelOf;

  /**
   * @param index a single-player policy string of {@link BanditRegistry}, e.g. {@code kl-ucb}
   * @param random the players' generator, shared
   * @throws org.agora.core.GameSpecException for a bad policy string
   */
  public Selfish(int players, int arms, long horizon, String index, RandomGenerator random) {
    this.arms = arms;
    this.index = index;
    this.random = random;
    labels = new int[players * arms];
    labelOf = new int[players * arms];
    learners = new BanditPolicy[players];
    for (int player = 0; player < players; player++) {
      learners[player] = BanditRegistry.createPolicy(index, new BanditSetting(arms, horizon), random);
    }
    relabel();
  }

  /** Draws each player's relabelling: its learner's label l is the arm labels[p K + l]. */
  private void relabel() {
    for (int player = 0; player < learners.length; player++) {
      int offset = player * arms;
      for (int label = 0; label < arms; label++) {
        labels[offset + label] = label;
      }
      for (int i = arms - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = labels[offset + i];
        labels[offset + i] = labels[offset + j];
        labels[offset + j] = swap;
      }
      for (int label = 0; label < arms; label++) {
        labelOf[offset + labels[offset + label]] = label;
      }
    }
  }

  @Override
  public int playerCount() {
    return learners.length;
  }

  @Override
  public int armCount() {
    return arms;
  }

  @Override
  public void reset() {
    for (BanditPolicy learner : learners) {
      learner.reset();
    }
    relabel();
  }

  @Override
  public void choose(long round, int[] chosen) {
    for (int player = 0; player < learners.length; player++) {
      chosen[player] = labels[player * arms + learners[player].choose(round)];
    }
  }

  @Override
  public void update(long round, int[] pulled, double[] rewards, int[] sharers) {
    for (int player = 0; player < learners.length; player++) {
      learners[player].update(labelOf[player * arms + pulled[player]], rewards[player]);
    }
  }

  @Override
  public String describe() {
    return "selfish(index=" + index + ")";
  }
}
