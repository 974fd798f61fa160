package org.agora.cooperative.shapley;

import org.agora.cooperative.CoalitionGame;

/**
 * The exact Shapley value (Shapley, "A value for n-person games", Contributions to the Theory of
 * Games II, 1953), {@code phi_i = sum_{S ∌ i} |S|!(n-|S|-1)!/n! (v(S ∪ i) - v(S))}, from one pass
 * over all 2^n coalitions in Gray-code order (consecutive coalitions differ in one player, so the
 * coalition size is kept incrementally). Writing the sum per coalition T, {@code phi_i = sum_{T ∋ i}
 * (w+(|T|) + w-(|T|)) v(T) - sum_T w-(|T|) v(T)} with {@code w+(t) = (t-1)!(n-t)!/n!} and {@code
 * w-(t) = t!(n-t-1)!/n!}, so each coalition costs one evaluation and one pass over its members:
 * O(2^n n) time, O(n) memory. Needs a budget of 2^n; refuses more than {@value #MAX_PLAYERS}
 * players.
 */
public final class ExactShapley implements ShapleyEstimator {

  /** The most players enumerated. */
  public static final int MAX_PLAYERS = 25;

  @Override
  public String name() {
    return "exact";
  }

  @Override
  public ShapleyEstimate estimate(CoalitionGame game, long budget, long seed) {
    int n = game.playerCount();
    checkSize("exact Shapley", n, budget);
    double[] plus = new double[n + 1];
    double[] minus = new double[n + 1];
    for (int t = 0; t <= n; t++) {
      plus[t] = t == 0 ? 0 : 1.0 / (n * binomial(n - 1, t - 1));
      minus[t] = t == n ? 0 : 1.0 / (n * binomial(n - 1, t));
    }
    double[] sums = new double[n];
    double common = 0;
    long count = 1L << n;
    long mask = 0;
    int size = 0;
    for (long step = 0; step < count; step++) {
      if (step > 0) {
        long flip = Long.numberOfTrailingZeros(step);
        mask ^= 1L << flip;
        size += (mask >>> flip & 1) != 0 ? 1 : -1;
      }
      double value = game.value(mask);
      common += minus[size] * value;
      double weighted = (plus[size] + minus[size]) * value;
      long rest = mask;
      while (rest != 0) {
        sums[Long.numberOfTrailingZeros(rest)] += weighted;
        rest &= rest - 1;
      }
    }
    for (int i = 0; i < n; i++) {
      sums[i] -= common;
    }
    return new ShapleyEstimate(sums, new double[n], count);
  }

  static void checkSize(String method, int n, long budget) {
    if (n > MAX_PLAYERS) {
      throw new IllegalArgumentException(method + " enumerates all 2^n coalitions and handles at most "
          + MAX_PLAYERS + " players, not " + n + "; use a sampling estimator");
    }
    long needed = 1L << n;
    if (budget < needed) {
      throw new IllegalArgumentException(method + " needs a budget of 2^" + n + " = " + needed
          + " evaluations, not " + budget);
    }
  }

  /** C(n, k) as a double (exact for the sizes used here). */
  static double binomial(int n, int k) {
    double result = 1;
    for (int j = 1; j <= k; j++) {
      result = result * (n - k + j) / j;
    }
    return result;
  }
}
