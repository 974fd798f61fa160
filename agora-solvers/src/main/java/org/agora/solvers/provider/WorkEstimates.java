package org.agora.solvers.provider;

import org.agora.core.solve.SolveLimits;

/**
 * Counts behind the solvers' work estimates, saturating at {@link Long#MAX_VALUE} instead of
 * wrapping around.
 */
final class WorkEstimates {

  private WorkEstimates() {}

  /** The binomial coefficient {@code C(n, k)}, saturated. */
  static long binomial(long n, long k) {
    if (k < 0 || k > n) {
      return 0;
    }
    k = Math.min(k, n - k);
    long result = 1;
    for (long i = 1; i <= k; i++) {
      // result * (n - k + i) / i is an integer; with g = gcd(result, i), i / g divides n - k + i.
      long common = gcd(result, i);
      result = SolveLimits.saturatedProduct(result / common, (n - k + i) / (i / common));
      if (result == Long.MAX_VALUE) {
        return Long.MAX_VALUE;
      }
    }
    return result;
  }

  /**
   * Support pairs of equal size in an {@code m x n} game: the sum over k of {@code C(m, k) C(n, k)},
   * which is {@code C(m + n, m) - 1} (Vandermonde's identity).
   */
  static long supportPairs(int m, int n) {
    long all = binomial((long) m + n, m);
    return all == Long.MAX_VALUE ? all : all - 1;
  }

  /**
   * McMullen's upper bound theorem (McMullen, "The maximum numbers of faces of a convex polytope",
   * Mathematika 17, 1970): a d-dimensional polytope with f facets has at most
   * {@code C(f - ceil(d/2), floor(d/2)) + C(f - floor(d/2) - 1, ceil(d/2) - 1)} vertices.
   */
  static long vertexBound(int dimension, int facets) {
    int floor = dimension / 2;
    int ceiling = dimension - floor;
    return SolveLimits.saturatedSum(binomial(facets - ceiling, floor), binomial(facets - floor - 1L, ceiling - 1L));
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
