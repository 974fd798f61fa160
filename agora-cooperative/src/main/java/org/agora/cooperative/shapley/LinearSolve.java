package org.agora.cooperative.shapley;

/** Dense Gaussian elimination with partial pivoting, for the small systems of KernelSHAP. */
final class LinearSolve {

  private LinearSolve() {}

  /**
   * Solves {@code a x = b} for a square row-major {@code m x m} matrix; {@code a} and {@code b} are
   * overwritten.
   *
   * @throws IllegalStateException if the matrix is singular to working precision
   */
  static double[] solve(double[] a, double[] b, int m) {
    for (int column = 0; column < m; column++) {
      int pivot = column;
      for (int row = column + 1; row < m; row++) {
        if (Math.abs(a[row * m + column]) > Math.abs(a[pivot * m + column])) {
          pivot = row;
        }
      }
      if (Math.abs(a[pivot * m + column]) < 1e-300) {
        throw new IllegalStateException("singular least-squares system; raise the budget");
      }
      if (pivot != column) {
        for (int k = 0; k < m; k++) {
          double swap = a[column * m + k];
          a[column * m + k] = a[pivot * m + k];
          a[pivot * m + k] = swap;
        }
        double swap = b[column];
        b[column] = b[pivot];
        b[pivot] = swap;
      }
      double diagonal = a[column * m + column];
      for (int row = column + 1; row < m; row++) {
        double factor = a[row * m + column] / diagonal;
        if (factor != 0) {
          for (int k = column; k < m; k++) {
            a[row * m + k] -= factor * a[column * m + k];
          }
          b[row] -= factor * b[column];
        }
      }
    }
    double[] x = new double[m];
    for (int row = m - 1; row >= 0; row--) {
      double sum = b[row];
      for (int k = row + 1; k < m; k++) {
        sum -= a[row * m + k] * x[k];
      }
      x[row] = sum / a[row * m + row];
    }
    return x;
  }
}
