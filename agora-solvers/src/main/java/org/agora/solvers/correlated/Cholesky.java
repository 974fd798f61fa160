package org.agora.solvers.correlated;

/** Dense Cholesky solve of a small symmetric positive-definite system (lower triangle read). */
final class Cholesky {

  private Cholesky() {}

  /**
   * Solves {@code (matrix + shift I) x = right}, reading only the lower triangle of {@code matrix}.
   *
   * @return the solution, or null if the shifted matrix is not numerically positive definite
   */
  static double[] solve(double[][] matrix, double shift, double[] right) {
    int n = right.length;
    double[][] factor = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = matrix[i][j] + (i == j ? shift : 0.0);
        for (int k = 0; k < j; k++) {
          sum -= factor[i][k] * factor[j][k];
        }
        if (i == j) {
          if (!(sum > 0.0)) {
            return null;
          }
          factor[i][i] = Math.sqrt(sum);
        } else {
          factor[i][j] = sum / factor[j][j];
        }
      }
    }
    double[] solution = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = right[i];
      for (int k = 0; k < i; k++) {
        sum -= factor[i][k] * solution[k];
      }
      solution[i] = sum / factor[i][i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double sum = solution[i];
      for (int k = i + 1; k < n; k++) {
        sum -= factor[k][i] * solution[k];
      }
      solution[i] = sum / factor[i][i];
    }
    return solution;
  }
}
