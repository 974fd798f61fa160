package org.agora.learning.bandits.policy;

import org.agora.learning.bandits.BanditPolicy;

/**
 * Sliding-window UCB of A. Garivier and E. Moulines, "On upper-confidence bound policies for switching
 * bandit problems", ALT 2011: statistics over the last tau rounds only, and the arm maximising
 * {@code Xbar_k + B sqrt(xi ln min(t, tau) / N_k)} is pulled, where N_k counts the window's pulls of k;
 * an arm absent from the window is pulled first. The paper suggests tau = 2 B sqrt(T ln T / Upsilon)
 * for Upsilon breakpoints and uses xi = 0.6. The window is a ring buffer of arms and rewards, so a
 * round costs O(K).
 */
public final class SlidingWindowUcb implements BanditPolicy {

  private final double[] counts;
  private final double[] sums;
  private final int[] windowArms;
  private final double[] windowRewards;
  private final double xi;
  private final double bound;
  private long rounds;

  /**
   * @param window tau, the number of recent rounds remembered
   * @param xi exploration constant
   * @param bound B, the largest reward
   */
  public SlidingWindowUcb(int armCount, int window, double xi, double bound) {
    if (window < 1) {
      throw new IllegalArgumentException("the window must be at least 1, got " + window);
    }
    counts = new double[armCount];
    sums = new double[armCount];
    windowArms = new int[window];
    windowRewards = new double[window];
    this.xi = xi;
    this.bound = bound;
  }

  /** The window's suggested length {@code 2 B sqrt(T ln T / breakpoints)} (at least 1). */
  public static int suggestedWindow(long horizon, int breakpoints, double bound) {
    double window = 2 * bound * Math.sqrt(horizon * Math.log(Math.max(horizon, 2)) / Math.max(breakpoints, 1));
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE - 8, Math.round(window)));
  }

  @Override
  public int armCount() {
    return counts.length;
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(counts, 0);
    java.util.Arrays.fill(sums, 0);
    rounds = 0;
  }

  @Override
  public int choose(long round) {
    for (int arm = 0; arm < counts.length; arm++) {
      if (counts[arm] == 0) {
        return arm;
      }
    }
    double scale = bound * Math.sqrt(xi * Math.log(Math.min(Math.max(rounds, 1), windowArms.length)));
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
    int slot = (int) (rounds % windowArms.length);
    if (rounds >= windowArms.length) {
      int old = windowArms[slot];
      counts[old] -= 1;
      sums[old] -= windowRewards[slot];
      if (counts[old] == 0) {
        sums[old] = 0;
      }
    }
    windowArms[slot] = arm;
    windowRewards[slot] = reward;
    counts[arm] += 1;
    sums[arm] += reward;
    rounds++;
  }

  @Override
  public String describe() {
    return "sliding-window-ucb(window=" + windowArms.length + ",xi=" + xi + ",bound=" + bound + ")";
  }
}
