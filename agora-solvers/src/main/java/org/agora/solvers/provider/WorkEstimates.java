package org.agora.solvers.provider;

import org.agora.core.SaturatingArithmetic;

/**
 * Counts behind the solvers' work estimates, saturating at {@link Long#MAX_VALUE} instead of
 * wrapping around.
 */
final class WorkEstimates {

  private WorkEstimates() {}

  /** The binomial coefficient {@code C(n, k)} (0 outside {@code 0 <= k <= n}), saturated. */
  static long binomial(long n, long k) {
    return k < 0 || n < 0 || k > n ? 0 : SaturatingArithmetic.binomial(n, k);
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
    return SaturatingArithmetic.add(binomial(facets - ceiling, floor), binomial(facets - floor - 1L, ceiling - 1L));
  }

}
