package org.agora.core.solve;

import org.agora.core.Rational;

/**
 * The value of a two-player zero-sum game for the first player.
 *
 * @param value the value in floating point
 * @param exact the exact value, or null when the solver worked in floating point
 */
public record GameValue(double value, Rational exact) {

  /** An exact value. */
  public static GameValue exact(Rational value) {
    return new GameValue(value.doubleValue(), value);
  }

  /** A floating-point value. */
  public static GameValue approximate(double value) {
    return new GameValue(value, null);
  }
}
