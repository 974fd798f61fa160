package org.agora.markets.equilibrium;

/** A dense Cholesky factorisation and solve for small symmetric positive definite systems (row-major). */
final class DenseCholesky {

  private DenseCholesky() {}

  /**
   * Solves {@code A x = b} for symmetric positive definite A, overwriting A with its Cholesky factor and
   * b with x. A tiny diagonal shift rescues matrices that are positive definite only up to rounding.
   */
  static void solveInPlace(double[] a, int n, double[] b) {
    double largest = 0;
    for (int i = 0; i < n; i++) {
      largest = Math.max(largest, Math.abs(a[i * n + i]));
    }
    double floor = Math.max(largest * 1e-15, Double.MIN_NORMAL);
    for (int j = 0; j < n; j++) {
      double diagonal = a[j * n + j];
      for (int k = 0; k < j; k++) {
        diagonal -= a[j * n + k] * a[j * n + k];
      }
      double root = Math.sqrt(Math.max(diagonal, floor));
      a[j * n + j] = root;
      for (int i = j + 1; i < n; i++) {
        double sum = a[i * n + j];
        for (int k = 0; k < j; k++) {
          sum -= a[i * n + k] * a[j * n + k];
        }
        a[i * n + j] = sum / root;
      }
    }
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= a[i * n + k] * b[k];
      }
      b[i] = sum / a[i * n + i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double sum = b[i];
      for (int k = i + 1; k < n; k++) {
        sum -= a[k * n + i] * b[k];
      }
      b[i] = sum / a[i * n + i];
    }
  }
}
