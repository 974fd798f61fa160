package org.agora.solvers.riskaverse;

/**
 * Refines an approximate solution of the risk-averse best-response programme by solving its
 * Karush–Kuhn–Tucker conditions exactly on the approximate solution's support: with S the
 * strategies of positive weight and, when the expected-reward constraint is (nearly) tight, that
 * constraint as an equality, the optimum restricted to S solves the linear system
 *
 * <pre>  2 Σ_SS x_S + λ 1 + ν μ_S = 0,   1ᵀ x_S = 1,   μ_Sᵀ x_S = floor</pre>
 *
 * (Gaussian elimination with partial pivoting; O(|S|³)). The caller keeps the refined point only if
 * it is feasible and no worse. For a few strategies every support is tried instead
 * ({@link #enumerate}), which is exact and much cheaper than a QP solver.
 */
final class KarushKuhnTuckerPolish {

  private static final double SUPPORT = 1e-7;
  private static final double TIGHT = 1e-5;

  private KarushKuhnTuckerPolish() {}

  /**
   * The refined point, or null when the system is singular or its solution leaves the simplex;
   * {@code floor} is NaN when there is no expected-reward constraint; {@code ridge} is added to Σ's
   * diagonal as in the QP.
   */
  static double[] polish(double[] approximate, double[] mean, double[] covariance, int m, double floor, double ridge) {
    int[] support = new int[m];
    int size = 0;
    double largestMean = 0.0;
    for (int j = 0; j < m; j++) {
      largestMean = Math.max(largestMean, Math.abs(mean[j]));
      if (approximate[j] > SUPPORT) {
        support[size++] = j;
      }
    }
    boolean tight = !Double.isNaN(floor)
        && RewardMoments.expected(mean, approximate, m) - floor <= TIGHT * (1.0 + largestMean);
    return onSupport(support, size, tight, mean, covariance, m, floor, ridge);
  }

  /**
   * The exact optimum over a few allowed strategies ({@code allowed[0 .. count)}, count ≤
   * {@link #ENUMERATION_LIMIT}) by enumerating every support and both states of the expected-reward
   * constraint: the convex programme's optimum is the solution of the optimality system on its own
   * support, so the least-variance feasible solution among all supports is the optimum.
   * O(2^count · count³). {@code floor} is NaN when there is no expected-reward constraint. Null if
   * none is feasible.
   */
  static double[] enumerate(int[] allowed, int count, double[] mean, double[] covariance, int m, double floor,
      double ridge, double slack) {
    int[] support = new int[count];
    double[] best = null;
    double bestVariance = Double.POSITIVE_INFINITY;
    for (int mask = 1; mask < (1 << count); mask++) {
      int size = 0;
      for (int a = 0; a < count; a++) {
        if ((mask & (1 << a)) != 0) {
          support[size++] = allowed[a];
        }
      }
      for (int tight = 0; tight <= (Double.isNaN(floor) ? 0 : 1); tight++) {
        double[] x = onSupport(support, size, tight == 1, mean, covariance, m, floor, ridge);
        if (x == null || (!Double.isNaN(floor) && RewardMoments.expected(mean, x, m) < floor - slack)) {
          continue;
        }
        double variance = RewardMoments.variance(covariance, x, m);
        if (variance < bestVariance) {
          bestVariance = variance;
          best = x;
        }
      }
    }
    return best;
  }

  /** Largest strategy count solved by {@link #enumerate}. */
  static final int ENUMERATION_LIMIT = 6;

  private static double[] onSupport(int[] support, int size, boolean tight, double[] mean, double[] covariance,
      int m, double floor, double ridge) {
    int n = size + 1 + (tight ? 1 : 0);
    double[][] system = new double[n][n + 1];
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        system[a][b] = 2.0 * covariance[support[a] * m + support[b]] + (a == b ? 2.0 * ridge : 0.0);
      }
      system[a][size] = 1.0;
      system[size][a] = 1.0;
      if (tight) {
        system[a][size + 1] = mean[support[a]];
        system[size + 1][a] = mean[support[a]];
      }
    }
    system[size][n] = 1.0;
    if (tight) {
      system[size + 1][n] = floor;
    }
    double[] solution = solve(system, n);
    if (solution == null) {
      return null;
    }
    double[] refined = new double[m];
    double sum = 0.0;
    for (int a = 0; a < size; a++) {
      if (solution[a] < -1e-9) {
        return null;
      }
      refined[support[a]] = Math.max(0.0, solution[a]);
      sum += refined[support[a]];
    }
    if (!(sum > 0.0)) {
      return null;
    }
    for (int j = 0; j < m; j++) {
      refined[j] /= sum;
    }
    return refined;
  }

  private static double[] solve(double[][] system, int n) {
    for (int column = 0; column < n; column++) {
      int pivot = column;
      for (int row = column + 1; row < n; row++) {
        if (Math.abs(system[row][column]) > Math.abs(system[pivot][column])) {
          pivot = row;
        }
      }
      if (Math.abs(system[pivot][column]) < 1e-13) {
        return null;
      }
      double[] swap = system[pivot];
      system[pivot] = system[column];
      system[column] = swap;
      for (int row = column + 1; row < n; row++) {
        double factor = system[row][column] / system[column][column];
        for (int k = column; k <= n; k++) {
          system[row][k] -= factor * system[column][k];
        }
      }
    }
    double[] solution = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double value = system[row][n];
      for (int k = row + 1; k < n; k++) {
        value -= system[row][k] * solution[k];
      }
      solution[row] = value / system[row][row];
    }
    return solution;
  }
}
