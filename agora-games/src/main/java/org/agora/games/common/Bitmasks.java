package org.agora.games.common;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Sets of small integers (cards in a deck, free cells) held as the bits of an {@code int}: listing
 * and drawing members without allocating, for the hot paths of game states.
 */
public final class Bitmasks {

  private Bitmasks() {}

  /** Writes the members of {@code mask} in increasing order and returns their count. */
  public static int writeMembers(int mask, int[] out) {
    int count = 0;
    for (int remaining = mask; remaining != 0; remaining &= remaining - 1) {
      out[count++] = Integer.numberOfTrailingZeros(remaining);
    }
    return count;
  }

  /**
   * Writes the members of {@code mask} as equally likely chance outcomes and returns their count.
   */
  public static int writeUniformOutcomes(int mask, int[] outcomes, double[] probabilities) {
    int count = writeMembers(mask, outcomes);
    Arrays.fill(probabilities, 0, count, 1.0 / count);
    return count;
  }

  /** A uniformly random member of the non-empty {@code mask}. */
  public static int randomMember(int mask, RandomGenerator random) {
    int remaining = mask;
    for (int skip = random.nextInt(Integer.bitCount(remaining)); skip > 0; skip--) {
      remaining &= remaining - 1;
    }
    return Integer.numberOfTrailingZeros(remaining);
  }
}
