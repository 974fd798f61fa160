package org.agora.solvers.nash.support;

/**
 * Bit-mask helpers for support enumeration: a set of pure strategies of one player is a {@code long}
 * whose bit s is set when strategy s is in the set (so at most 63 strategies per player).
 */
public final class SupportMasks {

  /** Largest strategy count a support mask can hold. */
  public static final int MAX_STRATEGIES = 63;

  private SupportMasks() {}

  /** The first subset of {@code size} elements: the lowest {@code size} bits. */
  public static long first(int size) {
    return size == 0 ? 0L : (1L << size) - 1;
  }

  /**
   * The next subset of the same size in increasing numeric order (Gosper's hack), or {@code -1} when
   * {@code subset} was the last one below {@code 1 << universe}.
   */
  public static long next(long subset, int universe) {
    long lowest = subset & -subset;
    long ripple = subset + lowest;
    long next = (((ripple ^ subset) >>> 2) / lowest) | ripple;
    return (universe < 63 && (next >>> universe) != 0) || next <= 0 ? -1L : next;
  }

  /** The indices of the set bits, in increasing order. */
  public static int[] indices(long mask) {
    int[] indices = new int[Long.bitCount(mask)];
    int k = 0;
    for (long rest = mask; rest != 0; rest &= rest - 1) {
      indices[k++] = Long.numberOfTrailingZeros(rest);
    }
    return indices;
  }

  /**
   * Pairwise strict-improvement masks of a payoff matrix {@code better(s, t)} over the opponent's
   * strategies: bit o of {@code result[s][t]} is set when {@code better.test(s, t, o)}, i.e. strategy t
   * pays strictly more than s against the opponent's strategy o.
   */
  public static long[][] improvementMasks(int strategies, int opponentStrategies, Improvement better) {
    long[][] masks = new long[strategies][strategies];
    for (int s = 0; s < strategies; s++) {
      for (int t = 0; t < strategies; t++) {
        long mask = 0L;
        for (int o = 0; o < opponentStrategies && s != t; o++) {
          if (better.test(s, t, o)) {
            mask |= 1L << o;
          }
        }
        masks[s][t] = mask;
      }
    }
    return masks;
  }

  /** The strategies of {@code candidates} that no strategy strictly beats against every opponent strategy in {@code opponentSupport}. */
  public static long undominated(long candidates, long opponentSupport, long[][] improvementMasks) {
    long kept = 0L;
    for (long rest = candidates; rest != 0; rest &= rest - 1) {
      int s = Long.numberOfTrailingZeros(rest);
      if (!isDominated(s, opponentSupport, improvementMasks)) {
        kept |= 1L << s;
      }
    }
    return kept;
  }

  /** True when some strategy pays strictly more than s against every opponent strategy in the support. */
  public static boolean isDominated(int s, long opponentSupport, long[][] improvementMasks) {
    for (long mask : improvementMasks[s]) {
      if ((mask & opponentSupport) == opponentSupport) {
        return true;
      }
    }
    return false;
  }

  /** Ternary predicate for {@link #improvementMasks}. */
  @FunctionalInterface
  public interface Improvement {
    /** Whether t pays strictly more than s against opponent strategy o. */
    boolean test(int s, int t, int o);
  }
}
