package org.agora.learning.bandits.policy;

import org.agora.learning.bandits.BanditPolicy;

/**
 * Discounted UCB of A. Garivier and E. Moulines, "On upper-confidence bound policies for switching
 * bandit problems", ALT 2011: counts and reward sums are discounted by gamma every round, and the arm
 * maximising {@code Xbar_k + 2 B sqrt(xi ln n_t / N_k)} is pulled, where N_k is the discounted count,
 * n_t their sum and B bounds the rewards. The paper suggests gamma = 1 - (1/4) sqrt(Upsilon / T) for
 * Upsilon breakpoints and uses xi = 0.6 in its experiments. An arm with no (discounted) pulls is
 * pulled first. O(K) per round.
 */
public final class DiscountedUcb implements BanditPolicy {

  private final double[] counts;
  private final double[] sums;
  private final double gamma;
  private final double xi;
  private final double bound;

  /**
   * @param gamma discount factor in (0, 1]
   * @param xi exploration constant, greater than 1/2 in the theorem
   * @param bound B, the largest reward
   */
  public DiscountedUcb(int armCount, double gamma, double xi, double bound) {
    counts = new double[armCount];
    sums = new double[armCount];
    this.gamma = gamma;
    this.xi = xi;
    this.bound = bound;
  }

  /** The paper's suggested discount {@code 1 - sqrt(breakpoints / T) / 4}. */
  public static double suggestedDiscount(long horizon, int breakpoints) {
    return 1 - Math.sqrt((double) Math.max(breakpoints, 1) / horizon) / 4;
  }

  @Override
  public int armCount() {
    return counts.length;
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(counts, 0);
    java.util.Arrays.fill(sums, 0);
  }

  @Override
  public int choose(long round) {
    double total = 0;
    for (int arm = 0; arm < counts.length; arm++) {
      if (counts[arm] <= 0) {
        return arm;
      }
      total += counts[arm];
    }
    double scale = 2 * bound * Math.sqrt(xi * Math.log(Math.max(total, 1)));
    int best = 0;
    double bestIndex = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < counts.length; arm++) {
      double index = sums[arm] / counts[arm] + scale / Math.sqrt(counts[arm]);
      if (index > bestIndex) {
        bestIndex = index;
        best = arm;
      }
    }
    return best;
  }

  @Override
  public void update(int arm, double reward) {
    for (int k = 0; k < counts.length; k++) {
      counts[k] *= gamma;
      sums[k] *= gamma;
    }
    counts[arm] += 1;
    sums[arm] += reward;
  }

  @Override
  public String describe() {
    return "discounted-ucb(gamma=" + gamma + ",xi=" + xi + ",bound=" + bound + ")";
  }
}
