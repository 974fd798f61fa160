package org.agora.evaluation.tournament;

/**
 * The seed of match {@code match} of pairing {@code pairing} in a tournament seeded {@code seed}: a
 * function of the three numbers alone, so a match plays the same on any thread, in any order, in a
 * resumed run and on another machine. Two rounds of the SplitMix64 finaliser (Steele, Lea and Flood,
 * "Fast Splittable Pseudorandom Number Generators", OOPSLA 2014) over the seed offset by each index
 * times the golden-ratio increment.
 */
final class MatchSeeds {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private MatchSeeds() {}

  static long of(long seed, int pairing, int match) {
    long h = mix(seed + GOLDEN * (pairing + 1L));
    return mix(h + GOLDEN * (match + 1L));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
