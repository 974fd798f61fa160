package org.agora.learning.bandits.policy;

import org.agora.learning.bandits.BanditPolicy;

/**
 * The bookkeeping most stochastic-bandit policies share: per-arm pull counts and reward sums in flat
 * arrays, and the rule "pull every arm {@link #initialPulls()} times first, in arm order". Subclasses
 * choose among arms once each has been pulled that often.
 */
public abstract class EmpiricalMeansPolicy implements BanditPolicy {

  /** Pull counts per arm (double so that index loops avoid conversions). */
  protected final double[] counts;
  /** Reward sums per arm. */
  protected final double[] sums;
  private int firstUnderexplored;

  protected EmpiricalMeansPolicy(int armCount) {
    if (armCount < 1) {
      throw new IllegalArgumentException("a bandit policy needs at least one arm, got " + armCount);
    }
    counts = new double[armCount];
    sums = new double[armCount];
  }

  /** How often every arm is pulled before {@link #chooseAmongExplored} is asked; 1 by default. */
  protected int initialPulls() {
    return 1;
  }

  @Override
  public final int armCount() {
    return counts.length;
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(counts, 0);
    java.util.Arrays.fill(sums, 0);
    firstUnderexplored = 0;
  }

  @Override
  public final int choose(long round) {
    while (firstUnderexplored < counts.length && counts[firstUnderexplored] >= initialPulls()) {
      firstUnderexplored++;
    }
    if (firstUnderexplored < counts.length) {
      return firstUnderexplored;
    }
    return chooseAmongExplored(round);
  }

  /** The arm to pull once every arm has been pulled {@link #initialPulls()} times. */
  protected abstract int chooseAmongExplored(long round);

  @Override
  public void update(int arm, double reward) {
    counts[arm] += 1;
    sums[arm] += reward;
  }

  /** The empirical mean of {@code arm} (0 if never pulled). */
  public final double empiricalMean(int arm) {
    return counts[arm] == 0 ? 0 : sums[arm] / counts[arm];
  }

  /** The number of times {@code arm} was pulled. */
  public final long pulls(int arm) {
    return (long) counts[arm];
  }
}
