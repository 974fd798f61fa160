package org.agora.evaluation.rating;

/**
 * A Glicko-2 rating on the familiar (Glicko) scale: rating {@code r}, rating deviation {@code RD}
 * and volatility {@code sigma}. {@link Glicko2} converts to the internal scale
 * {@code mu = (r - 1500) / 173.7178}, {@code phi = RD / 173.7178}.
 *
 * @param rating the rating (finite)
 * @param deviation the rating deviation (positive, finite)
 * @param volatility the rating volatility (positive, finite)
 */
public record Glicko2Rating(double rating, double deviation, double volatility) {

  public Glicko2Rating {
    if (!Double.isFinite(rating)) {
      throw new IllegalArgumentException("a Glicko-2 rating must be finite, got " + rating);
    }
    if (!(deviation > 0) || !Double.isFinite(deviation)) {
      throw new IllegalArgumentException("a Glicko-2 rating deviation must be positive and finite, got " + deviation);
    }
    if (!(volatility > 0) || !Double.isFinite(volatility)) {
      throw new IllegalArgumentException("a Glicko-2 volatility must be positive and finite, got " + volatility);
    }
  }

  /** Lower end of the 95% interval Glickman suggests reporting, {@code r - 2 RD}. */
  public double lowerBound() {
    return rating - 2 * deviation;
  }

  /** Upper end of the 95% interval, {@code r + 2 RD}. */
  public double upperBound() {
    return rating + 2 * deviation;
  }
}
