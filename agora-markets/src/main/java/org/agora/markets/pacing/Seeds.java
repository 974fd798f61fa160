package org.agora.markets.pacing;

/** Derives independent seeds from a run's seed and indices (SplitMix64's finaliser, Steele et al., OOPSLA 2014). */
final class Seeds {

  private Seeds() {}

  static long mix(long seed, long a, long b, long c) {
    long z = seed;
    z = finish(z + 0x9E3779B97F4A7C15L * (a + 1));
    z = finish(z + 0xC2B2AE3D27D4EB4FL * (b + 1));
    z = finish(z + 0x165667B19E3779F9L * (c + 1));
    return z;
  }

  private static long finish(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
