package org.agora.solvers.linear;

import java.math.BigInteger;

/**
 * Square linear systems {@code M z = 1} (all-ones right-hand side), solved exactly by
 * fraction-free Gauss–Jordan elimination (Bareiss, Math. Comp. 1968), and a floating-point
 * screen that tells when a system's solution is clearly outside a polytope.
 */
public final class SquareSystems {

  private SquareSystems() {}

  /**
   * The exact solution of {@code M z = 1} as integer numerators over a common divisor, returned in
   * an array of length k + 1 whose last entry is the divisor (nonzero, of either sign); null when
   * M is singular.
   */
  public static BigInteger[] solveAgainstOnes(BigInteger[][] matrix) {
    int k = matrix.length;
    BigInteger[][] work = new BigInteger[k][k + 1];
    for (int row = 0; row < k; row++) {
      System.arraycopy(matrix[row], 0, work[row], 0, k);
      work[row][k] = BigInteger.ONE;
    }
    BigInteger divisor = BigInteger.ONE;
    for (int column = 0; column < k; column++) {
      int pivotRow = column;
      while (pivotRow < k && work[pivotRow][column].signum() == 0) {
        pivotRow++;
      }
      if (pivotRow == k) {
        return null;
      }
      BigInteger[] swap = work[pivotRow];
      work[pivotRow] = work[column];
      work[column] = swap;
      BigInteger pivot = work[column][column];
      for (int row = 0; row < k; row++) {
        if (row == column) {
          continue;
        }
        BigInteger factor = work[row][column];
        for (int j = 0; j <= k; j++) {
          if (j != column) {
            BigInteger value = pivot.multiply(work[row][j]);
            if (factor.signum() != 0) {
              value = value.subtract(factor.multiply(work[column][j]));
            }
            work[row][j] = value.divide(divisor);
          }
        }
        work[row][column] = BigInteger.ZERO;
      }
      divisor = pivot;
    }
    BigInteger[] solution = new BigInteger[k + 1];
    for (int row = 0; row < k; row++) {
      solution[row] = work[row][k];
    }
    solution[k] = divisor;
    return solution;
  }

  /**
   * True when the floating-point solution of {@code M z = 1} is clearly infeasible: some
   * {@code z_j < -margin}, or some row of {@code others} has {@code others[i] · z > 1 + margin}.
   * False (decide exactly) when it looks feasible or the elimination meets a pivot below
   * {@code 1e-8} times the largest entry, where rounding could exceed the margin.
   */
  public static boolean clearlyInfeasible(double[][] matrix, double[][] others, double margin) {
    int k = matrix.length;
    double[][] work = new double[k][k + 1];
    double largest = 0.0;
    for (int row = 0; row < k; row++) {
      System.arraycopy(matrix[row], 0, work[row], 0, k);
      work[row][k] = 1.0;
      for (int j = 0; j < k; j++) {
        largest = Math.max(largest, Math.abs(matrix[row][j]));
      }
    }
    for (int column = 0; column < k; column++) {
      int pivotRow = column;
      for (int row = column + 1; row < k; row++) {
        if (Math.abs(work[row][column]) > Math.abs(work[pivotRow][column])) {
          pivotRow = row;
        }
      }
      if (Math.abs(work[pivotRow][column]) < 1e-8 * largest) {
        return false;
      }
      double[] swap = work[pivotRow];
      work[pivotRow] = work[column];
      work[column] = swap;
      for (int row = column + 1; row < k; row++) {
        double factor = work[row][column] / work[column][column];
        if (factor != 0.0) {
          for (int j = column; j <= k; j++) {
            work[row][j] -= factor * work[column][j];
          }
        }
      }
    }
    double[] solution = new double[k];
    for (int row = k - 1; row >= 0; row--) {
      double value = work[row][k];
      for (int j = row + 1; j < k; j++) {
        value -= work[row][j] * solution[j];
      }
      solution[row] = value / work[row][row];
      if (solution[row] < -margin) {
        return true;
      }
    }
    for (double[] other : others) {
      double total = 0.0;
      for (int j = 0; j < k; j++) {
        total += other[j] * solution[j];
      }
      if (total > 1.0 + margin) {
        return true;
      }
    }
    return false;
  }
}
