package org.agora.core.solve;

import org.agora.core.Rational;

/**
 * One mixed profile of a normal-form game with its evaluation. Arrays are indexed
 * {@code [player][strategy]} and {@code [player]}; they are shared, not copied, so treat them as read-only.
 *
 * @param strategies each player's probabilities in floating point
 * @param exactStrategies the exact probabilities, or null for a floating-point profile
 * @param payoffs each player's expected payoff
 * @param exactPayoffs the exact expected payoffs, or null for a floating-point profile
 * @param nashConv the sum of the players' best-response gains
 * @param exactNashConv the exact sum of the gains (0 certifies a Nash equilibrium), or null
 */
public record EquilibriumProfile(double[][] strategies, Rational[][] exactStrategies, double[] payoffs,
    Rational[] exactPayoffs, double nashConv, Rational exactNashConv) {

  /** True when the profile is exact. */
  public boolean exact() {
    return exactStrategies != null;
  }
}
