package org.agora.solvers.nash.approximate;

/**
 * Solves small dense square systems {@code A x = b} in double precision by Gaussian elimination
 * with partial (row) pivoting. {@code O(n^3)} time; the inputs are not modified.
 */
public final class DenseLinearSolver {

  private DenseLinearSolver() {}

  /**
   * The sign of the determinant of {@code matrix} (-1, 0 or 1), with 0 for a numerically singular
   * matrix in the sense of {@link #solve}.
   */
  public static int determinantSign(double[][] matrix) {
    int n = matrix.length;
    double[][] a = new double[n][];
    double scale = 0.0;
    for (int i = 0; i < n; i++) {
      a[i] = matrix[i].clone();
      for (double value : a[i]) {
        scale = Math.max(scale, Math.abs(value));
      }
    }
    int sign = 1;
    for (int column = 0; column < n; column++) {
      int pivot = column;
      for (int row = column + 1; row < n; row++) {
        if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
          pivot = row;
        }
      }
      if (!(Math.abs(a[pivot][column]) > 1e-20 * scale)) {
        return 0;
      }
      if (pivot != column) {
        double[] swap = a[pivot];
        a[pivot] = a[column];
        a[column] = swap;
        sign = -sign;
      }
      if (a[column][column] < 0) {
        sign = -sign;
      }
      for (int row = column + 1; row < n; row++) {
        double factor = a[row][column] / a[column][column];
        if (factor != 0.0) {
          for (int k = column; k < n; k++) {
            a[row][k] -= factor * a[column][k];
          }
        }
      }
    }
    return sign;
  }

  /**
   * The solution of {@code matrix * x = rightHandSide}, or {@code null} when a pivot is zero or
   * smaller than {@code 1e-20} times the largest entry of the matrix (numerically singular).
   */
  public static double[] solve(double[][] matrix, double[] rightHandSide) {
    int n = rightHandSide.length;
    double[][] a = new double[n][];
    double scale = 0.0;
    for (int i = 0; i < n; i++) {
      a[i] = matrix[i].clone();
      for (double value : a[i]) {
        scale = Math.max(scale, Math.abs(value));
      }
    }
    double[] b = rightHandSide.clone();
    if (scale == 0.0) {
      return null;
    }
    for (int column = 0; column < n; column++) {
      int pivot = column;
      for (int row = column + 1; row < n; row++) {
        if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
          pivot = row;
        }
      }
      if (!(Math.abs(a[pivot][column]) > 1e-20 * scale)) {
        return null;
      }
      double[] swapRow = a[pivot];
      a[pivot] = a[column];
      a[column] = swapRow;
      double swapValue = b[pivot];
      b[pivot] = b[column];
      b[column] = swapValue;
      for (int row = column + 1; row < n; row++) {
        double factor = a[row][column] / a[column][column];
        if (factor != 0.0) {
          for (int k = column; k < n; k++) {
            a[row][k] -= factor * a[column][k];
          }
          b[row] -= factor * b[column];
        }
      }
    }
    double[] x = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = b[row];
      for (int k = row + 1; k < n; k++) {
        sum -= a[row][k] * x[k];
      }
      x[row] = sum / a[row][row];
      if (!Double.isFinite(x[row])) {
        return null;
      }
    }
    return x;
  }
}
