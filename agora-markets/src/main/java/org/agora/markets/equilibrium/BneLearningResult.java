package org.agora.markets.equilibrium;

/**
 * A learned symmetric bid function: bids at equally spaced knots over [0, 1], linear in between.
 *
 * @param settings what the learner was given
 * @param method the learner (for reports)
 * @param knotBids the bid at each knot {@code k / (knots - 1)}
 * @param distanceToEquilibrium the L2 distance {@code sqrt(int_0^1 (b(v) - b*(v))^2 dv)} to the known symmetric
 *     equilibrium {@link BneLearningSettings#equilibriumBid}
 */
public record BneLearningResult(BneLearningSettings settings, String method, double[] knotBids, double distanceToEquilibrium) {

  /** The learned bid at value {@code v} in [0, 1]. */
  public double bid(double value) {
    return PiecewiseLinearBid.evaluate(knotBids, value);
  }
}
