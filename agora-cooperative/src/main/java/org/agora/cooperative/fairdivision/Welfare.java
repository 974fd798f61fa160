package org.agora.cooperative.fairdivision;

import java.util.Arrays;

/**
 * Welfare measures of a utility profile (Moulin, "Fair Division and Collective Welfare", MIT Press
 * 2003): utilitarian (sum), egalitarian (minimum), Nash (sum of logarithms, minus infinity when some
 * utility is {@code <= 0}) and the Gini coefficient {@code sum_i sum_j |u_i - u_j| / (2 n^2 mean)} (0
 * for equal utilities; defined for utilities of one sign, and 0 when all are 0).
 */
public final class Welfare {

  private Welfare() {}

  /** The sum of the utilities. */
  public static double utilitarian(double[] utilities) {
    double sum = 0;
    for (double u : utilities) {
      sum += u;
    }
    return sum;
  }

  /** The least utility. */
  public static double egalitarian(double[] utilities) {
    double min = Double.POSITIVE_INFINITY;
    for (double u : utilities) {
      min = Math.min(min, u);
    }
    return min;
  }

  /** The logarithm of the Nash product, {@code sum_i log u_i}; minus infinity if some {@code u_i <= 0}. */
  public static double nashLogSum(double[] utilities) {
    double sum = 0;
    for (double u : utilities) {
      if (!(u > 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      sum += Math.log(u);
    }
    return sum;
  }

  /**
   * The Gini coefficient, computed in O(n log n) from the sorted utilities as {@code sum_k (2k - n + 1)
   * u_(k) / (n sum u)}. For chores pass the costs (non-negative), not the negative utilities.
   *
   * @throws IllegalArgumentException if the utilities have mixed signs
   */
  public static double gini(double[] utilities) {
    double[] sorted = utilities.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    if (n == 0) {
      throw new IllegalArgumentException("the Gini coefficient needs at least one utility");
    }
    if (sorted[0] < 0 && sorted[n - 1] > 0) {
      throw new IllegalArgumentException("the Gini coefficient needs utilities of one sign; got "
          + sorted[0] + " and " + sorted[n - 1]);
    }
    if (sorted[n - 1] <= 0) {
      for (int k = 0; k < n; k++) {
        sorted[k] = -sorted[k];
      }
      Arrays.sort(sorted);
    }
    double total = 0;
    double weighted = 0;
    for (int k = 0; k < n; k++) {
      total += sorted[k];
      weighted += (2.0 * k - n + 1) * sorted[k];
    }
    return total == 0 ? 0.0 : weighted / (n * total);
  }
}
