package org.agora.learning.bandits.multiplayer.policy;

import org.agora.learning.bandits.multiplayer.AveragingAllocationEquilibrium;
import org.agora.learning.bandits.multiplayer.CollisionModel;
import org.agora.learning.bandits.multiplayer.MultiPlayerPolicy;
import org.agora.learning.bandits.multiplayer.MultiPlayerProblem;

/**
 * The regret baseline: a centre that knows the means. In the classic models it puts the M players on
 * the M best arms, one each (player p on the (p+1)-th best), which is the benchmark of the centralized
 * regret of Besson and Kaufmann (ALT 2018), so its regret is 0. In the shared model it plays the
 * equilibrium of {@link AveragingAllocationEquilibrium} (Xu et al., ICML 2023): the M slots, arm k
 * repeated m_k times in arm order, rotated by one each round so that every player gets the same average
 * share; its regret against the equilibrium is 0 too. No learning, O(M) per round.
 */
public final class CentralizedOracle implements MultiPlayerPolicy {

  private final int players;
  private final int arms;
  private final int[] slots;
  private final boolean rotate;

  /** @param problem the problem whose means the oracle knows */
  public CentralizedOracle(MultiPlayerProblem problem) {
    players = problem.players();
    arms = problem.armCount();
    double[] means = problem.means();
    slots = new int[players];
    rotate = problem.model() == CollisionModel.SHARED;
    if (rotate) {
      int[] counts = AveragingAllocationEquilibrium.counts(means, players);
      int slot = 0;
      for (int arm = 0; arm < arms; arm++) {
        for (int i = 0; i < counts[arm]; i++) {
          slots[slot++] = arm;
        }
      }
    } else {
      boolean[] taken = new boolean[arms];
      for (int player = 0; player < players; player++) {
        int best = -1;
        for (int arm = 0; arm < arms; arm++) {
          if (!taken[arm] && (best < 0 || means[arm] > means[best])) {
            best = arm;
          }
        }
        taken[best] = true;
        slots[player] = best;
      }
    }
  }

  @Override
  public int playerCount() {
    return players;
  }

  @Override
  public int armCount() {
    return arms;
  }

  @Override
  public void reset() {}

  @Override
  public void choose(long round, int[] chosen) {
    int shift = rotate ? (int) (round % players) : 0;
    for (int player = 0; player < players; player++) {
      int slot = player + shift;
      chosen[player] = slots[slot >= players ? slot - players : slot];
    }
  }

  @Override
  public void update(long round, int[] pulled, double[] rewards, int[] sharers) {}

  @Override
  public String describe() {
    return "oracle";
  }
}
