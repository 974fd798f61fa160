package org.agora.learning.bandits.arm;

import org.agora.learning.bandits.BanditProblem;
import org.agora.learning.bandits.ParameterLists;

/** A stochastic bandit whose arm means do not change: holds the means and the best of them. */
public abstract class StationaryBandit implements BanditProblem {

  private final double[] means;
  private final double best;

  /** @param means each arm's expected reward (copied) */
  protected StationaryBandit(double[] means) {
    if (means.length == 0) {
      throw new IllegalArgumentException("a bandit needs at least one arm");
    }
    this.means = means.clone();
    double max = Double.NEGATIVE_INFINITY;
    for (double mean : means) {
      max = Math.max(max, mean);
    }
    this.best = max;
  }

  @Override
  public final int armCount() {
    return means.length;
  }

  @Override
  public final double mean(int arm, long round) {
    return means[arm];
  }

  @Override
  public final double bestMean(long round) {
    return best;
  }

  /** Each arm's expected reward (a copy). */
  public final double[] means() {
    return means.clone();
  }

  /** The means as a list parameter, {@code [0.1,0.9]}. */
  protected final String meansText() {
    return ParameterLists.format(means);
  }
}
