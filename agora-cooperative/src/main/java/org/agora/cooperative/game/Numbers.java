package org.agora.cooperative.game;

/** Number formatting for game descriptions. */
final class Numbers {

  private Numbers() {}

  /** {@code 2} for 2.0, else the shortest round-trip text. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
