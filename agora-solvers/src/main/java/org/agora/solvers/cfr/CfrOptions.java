package org.agora.solvers.cfr;

/**
 * Options shared by the full-tree CFR solvers.
 *
 * @param alternating update one player per sweep, each sweep seeing the strategies the earlier
 *     players of the same iteration just computed (alternating updates); when false every player's
 *     regrets are computed against the same profile and all strategies change together at the end of
 *     the iteration (simultaneous updates, as in Zinkevich et al. 2007). The default is alternating
 *     for every solver of this package: CFR+, DCFR and PCFR+ are defined with alternating updates,
 *     and vanilla CFR converges faster with them in practice (OpenSpiel's CFR also alternates by
 *     default)
 * @param threads worker threads for the sweeps (1 = run in the caller's thread); results are
 *     bit-for-bit identical for every thread count, because each thread owns whole nodes and whole
 *     information states and every sum is taken in the same order
 * @param grain smallest number of nodes or information states handed to one thread; smaller passes
 *     run in the caller's thread. It affects speed only, never results
 */
public record CfrOptions(boolean alternating, int threads, int grain) {

  /** Default {@link #grain()}. */
  public static final int DEFAULT_GRAIN = 4096;

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException if {@code threads} or {@code grain} is below 1
   */
  public CfrOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (grain < 1) {
      throw new IllegalArgumentException("grain must be at least 1, got " + grain);
    }
  }

  /** Alternating updates, one thread. */
  public static CfrOptions defaults() {
    return new CfrOptions(true, 1, DEFAULT_GRAIN);
  }

  /** These options with alternating ({@code true}) or simultaneous updates. */
  public CfrOptions withAlternating(boolean alternatingUpdates) {
    return new CfrOptions(alternatingUpdates, threads, grain);
  }

  /** These options with {@code count} threads. */
  public CfrOptions withThreads(int count) {
    return new CfrOptions(alternating, count, grain);
  }

  /** These options with another {@link #grain()}. */
  public CfrOptions withGrain(int size) {
    return new CfrOptions(alternating, threads, size);
  }
}
