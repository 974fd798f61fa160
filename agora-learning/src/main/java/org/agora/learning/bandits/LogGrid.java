package org.agora.learning.bandits;

import java.util.Arrays;

/**
 * The rounds at which a regret curve is sampled: about {@code perDecade} points per factor of ten,
 * geometrically spaced from round 1, always ending at the horizon. Enough to draw a curve on log axes
 * and fit a log-log slope without storing T values.
 */
public final class LogGrid {

  private LogGrid() {}

  /**
   * The increasing, distinct rounds of the grid.
   *
   * @param horizon last round, at least 1
   * @param perDecade points per factor of ten, at least 1
   */
  public static long[] rounds(long horizon, int perDecade) {
    if (horizon < 1 || perDecade < 1) {
      throw new IllegalArgumentException("need horizon >= 1 and perDecade >= 1, got " + horizon + ", " + perDecade);
    }
    int capacity = (int) Math.ceil(Math.log10(horizon) * perDecade) + 2;
    long[] rounds = new long[capacity];
    int count = 0;
    for (int i = 0; ; i++) {
      long round = Math.round(Math.pow(10, (double) i / perDecade));
      if (round >= horizon) {
        break;
      }
      if (count == 0 || round > rounds[count - 1]) {
        rounds[count++] = round;
      }
    }
    rounds[count++] = horizon;
    return Arrays.copyOf(rounds, count);
  }
}
