package org.agora.learning.bandits.multiplayer.policy;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.multiplayer.AveragingAllocationEquilibrium;

/**
 * SMAA ("Selfish MPMAB with Averaging Allocation") after R. Xu, H. Wang, X. Zhang, B. Li and P. Cui,
 * "Competing for Shareable Arms in Multi-Player Multi-Armed Bandits", ICML 2023, for the {@link
 * org.agora.learning.bandits.multiplayer.CollisionModel#SHARED shared} model. Each player, from its own
 * observations only, estimates the arms, computes the averaging-allocation equilibrium (m_1, ..., m_K)
 * of {@link AveragingAllocationEquilibrium} on its estimates, lays it out as N slots (arm k repeated m_k
 * times, in arm order) and pulls slot {@code (p + t) mod N}: when all players agree on the profile they
 * fill it exactly, and the rotation gives each the same average reward, the equilibrium's.
 *
 * <p>Departures, to be read before comparing figures with the paper: the estimates are optimistic
 * (each arm's UCB1 or KL-UCB index of the arm's full reward, recovered as share x sharers, which assumes
 * players observe how many share their arm), which does the exploring; the paper's explicit exploration
 * rounds and confidence test are not reproduced. Player p knows its index p and N (the paper's players
 * know N too). Cost per player and round: K exact indices and the O(N K) water-filling.
 */
public final class Smaa extends IndexPlayers {

  private final double[] estimates;
  private final int[] counts;
  private final int[] slots;

  /** @param random unused (the policy is deterministic given the rewards); kept for the factory */
  public Smaa(int players, int arms, ArmIndices.Kind kind, RandomGenerator random) {
    super(players, arms, kind, random);
    estimates = new double[arms];
    counts = new int[arms];
    slots = new int[players];
  }

  @Override
  public void choose(long round, int[] chosen) {
    for (int player = 0; player < players; player++) {
      ArmIndices learner = learners[player];
      learner.rank(round);
      for (int arm = 0; arm < arms; arm++) {
        estimates[arm] = learner.index(arm, round);
      }
      AveragingAllocationEquilibrium.counts(estimates, players, counts);
      int slot = 0;
      for (int arm = 0; arm < arms; arm++) {
        for (int i = 0; i < counts[arm]; i++) {
          slots[slot++] = arm;
        }
      }
      chosen[player] = slots[(int) ((player + round) % players)];
    }
  }

  @Override
  public void update(long round, int[] pulled, double[] rewards, int[] sharers) {
    for (int player = 0; player < players; player++) {
      if (sharers[player] > 0) {
        learners[player].update(pulled[player], rewards[player] * sharers[player]);
      }
    }
  }

  @Override
  public String describe() {
    return "smaa(index=" + index() + ")";
  }
}
