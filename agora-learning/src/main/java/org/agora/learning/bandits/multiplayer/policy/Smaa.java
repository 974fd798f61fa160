package org.agora.learning.bandits.multiplayer.policy;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.learning.bandits.multiplayer.AveragingAllocationEquilibrium;
import org.agora.learning.bandits.multiplayer.MultiPlayerPolicy;
import org.agora.learning.bandits.policy.KlDivergence;

/**
 * SMAA ("Selfish MPMAB with Averaging Allocation") of R. Xu, H. Wang, X. Zhang, B. Li and P. Cui,
 * "Competing for Shareable Arms in Multi-Player Multi-Armed Bandits", ICML 2023, for the {@link
 * org.agora.learning.bandits.multiplayer.CollisionModel#SHARED shared} model. Player p (of N, each with a
 * distinct rank p) learns each arm's mean from the arm rewards it observes (its share times the number
 * of sharers). After a warm-up (rounds 1..K: arm t; then uniform arms until round {@code ceil(K/N) N}),
 * at the start of each block of N rounds it computes, from its empirical means, the averaging-allocation
 * equilibrium (m_k) and threshold z of {@link AveragingAllocationEquilibrium}, lays the profile out as N
 * slots (arm k repeated m_k times, in arm order) and marks as its exploration slot the last slot of an
 * arm whose share equals z (the marginal arm); the candidates are the empty arms k that could still
 * deserve a player, {@code n_k kl(mu_k, z) <= beta (ln t + 4 ln ln t)} (Bernoulli divergence of part 1's
 * {@link KlDivergence}). In round t it pulls slot {@code (p + t) mod N}; on its exploration slot, with
 * probability 1/2, a uniform candidate instead. When all players follow it, each gets the equilibrium's
 * average share; the paper bounds every player's regret against it by O(log T) terms.
 *
 * <p>Written from the paper's description and its authors' public experiment code (facts only):
 * {@code beta} and the tolerance that identifies the marginal arm are the algorithm's parameters there;
 * the defaults here (beta = 1, tolerance 1e-9) are ours. Cost per player: O(N K) per block for the
 * water-filling, O(1) per round otherwise; no allocation.
 */
public final class Smaa implements MultiPlayerPolicy {

  private final int players;
  private final int arms;
  private final double beta;
  private final double tolerance;
  private final RandomGenerator random;
  private final double[] sums;
  private final double[] counts;
  private final double[] means;
  private final int[] profile;
  private final int[] slots;
  private final int[] candidates;
  private final int[] candidateCounts;
  private final int[] exploreSlots;
  private final long warmUp;

  /**
   * @param beta the exploration constant of the candidate test
   * @param tolerance how close {@code z m_k} must be to {@code mu_k} for arm k to be the marginal arm
   * @param random the players' coins and candidate draws
   */
  public Smaa(int players, int arms, double beta, double tolerance, RandomGenerator random) {
    this.players = players;
    this.arms = arms;
    this.beta = beta;
    this.tolerance = tolerance;
    this.random = random;
    sums = new double[players * arms];
    counts = new double[players * arms];
    means = new double[arms];
    profile = new int[arms];
    slots = new int[players * players];
    candidates = new int[players * arms];
    candidateCounts = new int[players];
    exploreSlots = new int[players];
    warmUp = (long) Math.ceil((double) arms / players) * players;
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
  public void reset() {
    Arrays.fill(sums, 0);
    Arrays.fill(counts, 0);
    Arrays.fill(candidateCounts, 0);
    Arrays.fill(exploreSlots, -1);
  }

  @Override
  public void choose(long round, int[] chosen) {
    long step = round - 1;
    for (int player = 0; player < players; player++) {
      if (step < arms) {
        chosen[player] = (int) step;
      } else if (step < warmUp) {
        chosen[player] = random.nextInt(arms);
      } else {
        if (step % players == 0 || step == warmUp) {
          plan(player, step);
        }
        int slot = (int) ((player + step) % players);
        int arm = slots[player * players + slot];
        if (slot == exploreSlots[player] && candidateCounts[player] > 0 && random.nextBoolean()) {
          arm = candidates[player * arms + random.nextInt(candidateCounts[player])];
        }
        chosen[player] = arm;
      }
    }
  }

  /** The block's equilibrium slots, exploration slot and candidates of {@code player}. */
  private void plan(int player, long step) {
    int offset = player * arms;
    for (int arm = 0; arm < arms; arm++) {
      double n = counts[offset + arm];
      means[arm] = n == 0 ? 0 : sums[offset + arm] / n;
    }
    AveragingAllocationEquilibrium.counts(means, players, profile);
    double z = AveragingAllocationEquilibrium.threshold(means, profile);
    int slot = 0;
    int explore = -1;
    for (int arm = 0; arm < arms; arm++) {
      boolean marginal = Math.abs(z * profile[arm] - means[arm]) < tolerance;
      for (int i = 0; i < profile[arm]; i++) {
        if (marginal) {
          explore = slot;
        }
        slots[player * players + slot++] = arm;
      }
    }
    exploreSlots[player] = explore;
    double logStep = Math.log(step + 1);
    double target = beta * (logStep + 4 * Math.log(logStep));
    int count = 0;
    for (int arm = 0; arm < arms; arm++) {
      if (profile[arm] == 0 && counts[offset + arm] * KlDivergence.BERNOULLI.divergence(means[arm], z, 1) <= target) {
        candidates[offset + count++] = arm;
      }
    }
    candidateCounts[player] = count;
  }

  @Override
  public void update(long round, int[] pulled, double[] rewards, int[] sharers) {
    for (int player = 0; player < players; player++) {
      int index = player * arms + pulled[player];
      sums[index] += rewards[player] * sharers[player];
      counts[index] += 1;
    }
  }

  @Override
  public String describe() {
    return "smaa(beta=" + beta + ",tolerance=" + tolerance + ")";
  }
}
