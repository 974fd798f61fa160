package org.agora.learning.bandits.multiplayer;

/**
 * The pure Nash equilibrium of N players choosing among arms whose mean rewards mu_k are shared
 * equally by the m_k players on them (payoff mu_k / m_k), from R. Xu, H. Wang, X. Zhang, B. Li and P.
 * Cui, "Competing for Shareable Arms in Multi-Player Multi-Armed Bandits", ICML 2023. A profile
 * (m_1, ..., m_K) with sum N is an equilibrium when no player gains by moving: {@code mu_k / m_k >=
 * mu_j / (m_j + 1)} for every occupied k and every j, i.e. there is a threshold z with {@code mu_k / m_k
 * >= z >= mu_k / (m_k + 1)} for every occupied arm and {@code z >= mu_k} for every empty one.
 *
 * <p>Computed by water-filling: players are added one at a time to the arm with the largest {@code
 * mu_k / (m_k + 1)} (lowest arm on ties). The chosen values are then the N largest of the multiset
 * {@code {mu_k / j : k, j >= 1}}, and z is the N-th largest, which gives both inequalities. O(N K)
 * time, no allocation with the caller-supplied overload.
 */
public final class AveragingAllocationEquilibrium {

  private AveragingAllocationEquilibrium() {}

  /**
   * The equilibrium counts m_k.
   *
   * @param means non-negative arm means
   * @param players N, at least 1
   */
  public static int[] counts(double[] means, int players) {
    int[] counts = new int[means.length];
    counts(means, players, counts);
    return counts;
  }

  /** Writes the equilibrium counts into {@code counts} (length K) without allocating. */
  public static void counts(double[] means, int players, int[] counts) {
    java.util.Arrays.fill(counts, 0);
    for (int player = 0; player < players; player++) {
      int best = 0;
      double bestShare = Double.NEGATIVE_INFINITY;
      for (int arm = 0; arm < means.length; arm++) {
        double share = means[arm] / (counts[arm] + 1);
        if (share > bestShare) {
          bestShare = share;
          best = arm;
        }
      }
      counts[best]++;
    }
  }

  /** The threshold z: the smallest share {@code mu_k / m_k} over occupied arms. */
  public static double threshold(double[] means, int[] counts) {
    double z = Double.POSITIVE_INFINITY;
    for (int arm = 0; arm < means.length; arm++) {
      if (counts[arm] > 0) {
        z = Math.min(z, means[arm] / counts[arm]);
      }
    }
    return z;
  }

  /** The total expected reward per round of the profile: the sum of the means of the occupied arms. */
  public static double totalReward(double[] means, int[] counts) {
    double total = 0;
    for (int arm = 0; arm < means.length; arm++) {
      if (counts[arm] > 0) {
        total += means[arm];
      }
    }
    return total;
  }
}
