package org.agora.learning.bandits.federated;

/**
 * The small dense linear algebra the federated linear bandit needs, on symmetric positive definite
 * {@code d x d} matrices stored row-major in flat arrays: Cholesky log-determinant and inverse, and
 * the Sherman-Morrison rank-one update of an inverse. Callers pass the workspace, so nothing is
 * allocated. O(d^3) per factorisation, O(d^2) per rank-one update.
 */
public final class SymmetricMatrices {

  private SymmetricMatrices() {}

  /**
   * Factorises {@code a} into {@code lower} (row-major, lower triangle filled, upper zeroed); {@code
   * lower} may be {@code a} itself (each entry is read before it is overwritten).
   *
   * @return false if {@code a} is not positive definite
   */
  public static boolean cholesky(double[] a, int d, double[] lower) {
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i * d + j];
        for (int k = 0; k < j; k++) {
          sum -= lower[i * d + k] * lower[j * d + k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            return false;
          }
          lower[i * d + i] = Math.sqrt(sum);
        } else {
          lower[i * d + j] = sum / lower[j * d + j];
        }
      }
      for (int j = i + 1; j < d; j++) {
        lower[i * d + j] = 0;
      }
    }
    return true;
  }

  /** {@code ln det a}, or negative infinity if {@code a} is not positive definite. */
  public static double logDeterminant(double[] a, int d, double[] work) {
    if (!cholesky(a, d, work)) {
      return Double.NEGATIVE_INFINITY;
    }
    double sum = 0;
    for (int i = 0; i < d; i++) {
      sum += Math.log(work[i * d + i]);
    }
    return 2 * sum;
  }

  /** {@code ln det (a + b)} without changing {@code a} or {@code b}; {@code work} holds d^2. */
  public static double logDeterminantOfSum(double[] a, double[] b, int d, double[] work) {
    int size = d * d;
    for (int i = 0; i < size; i++) {
      work[i] = a[i] + b[i];
    }
    return logDeterminant(work, d, work);
  }

  /**
   * Writes {@code a^-1} into {@code inverse}; {@code work} holds d^2 + d.
   *
   * @throws IllegalArgumentException if {@code a} is not positive definite
   */
  public static void invert(double[] a, int d, double[] inverse, double[] work) {
    if (!cholesky(a, d, work)) {
      throw new IllegalArgumentException("matrix is not positive definite");
    }
    int column = d * d;
    for (int c = 0; c < d; c++) {
      // solve L y = e_c, then L^T x = y; x is column c of the inverse
      for (int i = 0; i < d; i++) {
        double sum = i == c ? 1 : 0;
        for (int k = 0; k < i; k++) {
          sum -= work[i * d + k] * work[column + k];
        }
        work[column + i] = sum / work[i * d + i];
      }
      for (int i = d - 1; i >= 0; i--) {
        double sum = work[column + i];
        for (int k = i + 1; k < d; k++) {
          sum -= work[k * d + i] * inverse[k * d + c];
        }
        inverse[i * d + c] = sum / work[i * d + i];
      }
    }
  }

  /**
   * Replaces {@code inverse} = V^-1 by (V + x x^T)^-1 (Sherman-Morrison) and returns
   * {@code ln(1 + x^T V^-1 x)}, the increase of {@code ln det V}; {@code work} holds d.
   */
  public static double rankOneUpdate(double[] inverse, double[] x, int xOffset, int d, double[] work) {
    double quadratic = 0;
    for (int i = 0; i < d; i++) {
      double sum = 0;
      for (int k = 0; k < d; k++) {
        sum += inverse[i * d + k] * x[xOffset + k];
      }
      work[i] = sum;
      quadratic += x[xOffset + i] * sum;
    }
    double scale = 1 / (1 + quadratic);
    for (int i = 0; i < d; i++) {
      for (int k = 0; k < d; k++) {
        inverse[i * d + k] -= scale * work[i] * work[k];
      }
    }
    return Math.log1p(quadratic);
  }
}
