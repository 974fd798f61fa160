package org.agora.markets.pacing.multichannel;

/**
 * An advertiser's multi-channel problem for one period (Deng, Golrezaei, Jaillet, Liang and Mirrokni,
 * "Multi-channel Autobidding with Budget and ROI Constraints", ICML 2023): channel {@code j} holds
 * auctions {@code n}, each yielding {@code values[j][n]} conversions at price {@code costs[j][n]}; the
 * advertiser maximises total conversions subject to a global budget and a global ROI target
 * (total conversions &gt;= {@code targetRoi} x total spend).
 *
 * @param values per channel, each auction's conversions (finite, &gt;= 0)
 * @param costs per channel, each auction's price (finite, &gt;= 0), as many as values
 * @param budget the global budget (finite, &gt; 0)
 * @param targetRoi the ROI target (finite, &gt;= 0; 0 means no ROI constraint)
 */
public record MultiChannelProblem(double[][] values, double[][] costs, double budget, double targetRoi) {

  public MultiChannelProblem {
    if (values.length == 0 || values.length != costs.length) {
      throw new IllegalArgumentException("a multi-channel problem needs at least one channel and as many cost "
          + "lists as value lists; got " + values.length + " and " + costs.length);
    }
    values = values.clone();
    costs = costs.clone();
    for (int j = 0; j < values.length; j++) {
      if (values[j].length != costs[j].length) {
        throw new IllegalArgumentException("channel " + j + " has " + values[j].length + " values but "
            + costs[j].length + " costs");
      }
      values[j] = values[j].clone();
      costs[j] = costs[j].clone();
      for (int n = 0; n < values[j].length; n++) {
        double v = values[j][n];
        double d = costs[j][n];
        if (!(v >= 0) || Double.isInfinite(v) || !(d >= 0) || Double.isInfinite(d)) {
          throw new IllegalArgumentException("channel " + j + " auction " + n + " has value " + v + " and cost "
              + d + "; both must be finite and >= 0");
        }
      }
    }
    if (!(budget > 0) || Double.isInfinite(budget)) {
      throw new IllegalArgumentException("the budget must be finite and > 0, got " + budget);
    }
    if (!(targetRoi >= 0) || Double.isInfinite(targetRoi)) {
      throw new IllegalArgumentException("the ROI target must be finite and >= 0, got " + targetRoi);
    }
  }

  /** The number of channels. */
  public int channels() {
    return values.length;
  }

  /** Channel {@code j}'s conversions per auction (a copy). */
  public double[] values(int channel) {
    return values[channel].clone();
  }

  /** Channel {@code j}'s prices per auction (a copy). */
  public double[] costs(int channel) {
    return costs[channel].clone();
  }

  @Override
  public double[][] values() {
    double[][] copy = new double[values.length][];
    for (int j = 0; j < values.length; j++) {
      copy[j] = values[j].clone();
    }
    return copy;
  }

  @Override
  public double[][] costs() {
    double[][] copy = new double[costs.length][];
    for (int j = 0; j < costs.length; j++) {
      copy[j] = costs[j].clone();
    }
    return copy;
  }
}
