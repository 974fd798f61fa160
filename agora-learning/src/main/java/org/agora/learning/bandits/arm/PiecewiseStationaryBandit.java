package org.agora.learning.bandits.arm;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.BanditProblem;
import org.agora.learning.bandits.ParameterLists;

/**
 * Bernoulli arms whose means change abruptly at given rounds (the "abruptly changing" setting of
 * Garivier and Moulines 2011): segment 0 runs from round 1, segment s from change point s. Regret is
 * measured against the best mean of each round (dynamic regret).
 */
public final class PiecewiseStationaryBandit implements BanditProblem {

  private final long[] changePoints;
  private final double[][] means;
  private final double[] best;

  /**
   * @param changePoints the rounds (increasing, at least 2) where segments 1, 2, ... start
   * @param means one row of K Bernoulli means per segment: {@code changePoints.length + 1} rows
   */
  public PiecewiseStationaryBandit(long[] changePoints, double[][] means) {
    if (means.length != changePoints.length + 1) {
      throw new IllegalArgumentException("give one row of means per segment: " + (changePoints.length + 1)
          + " rows for " + changePoints.length + " change points, got " + means.length);
    }
    for (int i = 0; i < changePoints.length; i++) {
      if (changePoints[i] < 2 || (i > 0 && changePoints[i] <= changePoints[i - 1])) {
        throw new IllegalArgumentException("change points must increase from round 2, got " + changePoints[i]);
      }
    }
    this.changePoints = changePoints.clone();
    this.means = new double[means.length][];
    this.best = new double[means.length];
    for (int s = 0; s < means.length; s++) {
      if (means[s].length != means[0].length || means[s].length == 0) {
        throw new IllegalArgumentException("every segment needs the same number of arms");
      }
      this.means[s] = means[s].clone();
      best[s] = Double.NEGATIVE_INFINITY;
      for (double mean : means[s]) {
        if (!(mean >= 0 && mean <= 1)) {
          throw new IllegalArgumentException("Bernoulli means must be in [0, 1], got " + mean);
        }
        best[s] = Math.max(best[s], mean);
      }
    }
  }

  /** The segment index of {@code round}. */
  public int segment(long round) {
    int segment = 0;
    while (segment < changePoints.length && round >= changePoints[segment]) {
      segment++;
    }
    return segment;
  }

  @Override
  public int armCount() {
    return means[0].length;
  }

  @Override
  public double draw(int arm, long round, RandomGenerator random) {
    return random.nextDouble() < means[segment(round)][arm] ? 1 : 0;
  }

  @Override
  public double mean(int arm, long round) {
    return means[segment(round)][arm];
  }

  @Override
  public double bestMean(long round) {
    return best[segment(round)];
  }

  @Override
  public String describe() {
    StringBuilder points = new StringBuilder("[");
    for (int i = 0; i < changePoints.length; i++) {
      points.append(i == 0 ? "" : ",").append(changePoints[i]);
    }
    StringBuilder rows = new StringBuilder("[");
    for (int s = 0; s < means.length; s++) {
      rows.append(s == 0 ? "" : ",").append(ParameterLists.format(means[s]));
    }
    return "piecewise(changes=" + points + "],means=" + rows + "])";
  }
}
