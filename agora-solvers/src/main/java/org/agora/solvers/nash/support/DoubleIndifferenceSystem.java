package org.agora.solvers.nash.support;

/**
 * Floating-point twin of {@link ExactIndifferenceSystem}: Gaussian elimination with partial pivoting
 * on the same system, after scaling the payoffs into [-1, 1]: pivots below {@code 1e-12} count as
 * singular, and the caller's tolerance applies to the consistency of surplus equations, to negative
 * probabilities and to better replies outside the equation set. Probabilities within the tolerance of zero are set to zero and the rest renormalised.
 */
public final class DoubleIndifferenceSystem {

  /** Pivots at most this large (payoffs scaled into [-1, 1]) count as zero: the system is singular. */
  private static final double PIVOT_TOLERANCE = 1e-12;

  private final double[][] payoffs;
  private final double tolerance;

  /**
   * A system over {@code payoffs[equation][unknown]}; {@code tolerance} is relative to the largest
   * absolute payoff (or 1 if all are smaller).
   */
  public DoubleIndifferenceSystem(double[][] payoffs, double tolerance) {
    double scale = 1.0;
    for (double[] row : payoffs) {
      for (double value : row) {
        scale = Math.max(scale, Math.abs(value));
      }
    }
    this.payoffs = new double[payoffs.length][];
    for (int e = 0; e < payoffs.length; e++) {
      this.payoffs[e] = payoffs[e].clone();
      for (int u = 0; u < payoffs[e].length; u++) {
        this.payoffs[e][u] /= scale;
      }
    }
    this.tolerance = tolerance;
  }

  /** See {@link ExactIndifferenceSystem#solve}: the distribution, or {@code null}. */
  public DoubleSideSolution solve(long unknowns, long equations) {
    int[] unknownIndex = SupportMasks.indices(unknowns);
    int[] equationIndex = SupportMasks.indices(equations);
    int k = unknownIndex.length;
    int columns = k + 1;
    int rows = equationIndex.length + 1;
    if (rows < columns) {
      return null;
    }
    double[][] matrix = new double[rows][columns + 1];
    for (int r = 0; r < equationIndex.length; r++) {
      for (int c = 0; c < k; c++) {
        matrix[r][c] = payoffs[equationIndex[r]][unknownIndex[c]];
      }
      matrix[r][k] = -1;
    }
    for (int c = 0; c < k; c++) {
      matrix[rows - 1][c] = 1;
    }
    matrix[rows - 1][columns] = 1;
    for (int c = 0; c < columns; c++) {
      int pivotRow = c;
      for (int r = c + 1; r < rows; r++) {
        if (Math.abs(matrix[r][c]) > Math.abs(matrix[pivotRow][c])) {
          pivotRow = r;
        }
      }
      if (Math.abs(matrix[pivotRow][c]) <= PIVOT_TOLERANCE) {
        return null;
      }
      double[] swap = matrix[pivotRow];
      matrix[pivotRow] = matrix[c];
      matrix[c] = swap;
      double pivot = matrix[c][c];
      for (int j = c; j <= columns; j++) {
        matrix[c][j] /= pivot;
      }
      for (int r = 0; r < rows; r++) {
        double factor = matrix[r][c];
        if (r != c && factor != 0.0) {
          for (int j = c; j <= columns; j++) {
            matrix[r][j] -= factor * matrix[c][j];
          }
        }
      }
    }
    for (int r = columns; r < rows; r++) {
      if (Math.abs(matrix[r][columns]) > tolerance) {
        return null;
      }
    }
    double[] probabilities = new double[payoffs.length == 0 ? 0 : payoffs[0].length];
    long support = 0L;
    double sum = 0.0;
    for (int c = 0; c < k; c++) {
      double value = matrix[c][columns];
      if (value < -tolerance) {
        return null;
      }
      if (value > tolerance) {
        probabilities[unknownIndex[c]] = value;
        support |= 1L << unknownIndex[c];
        sum += value;
      }
    }
    if (sum <= 0.0) {
      return null;
    }
    for (int c = 0; c < k; c++) {
      probabilities[unknownIndex[c]] /= sum;
    }
    double value = Double.NEGATIVE_INFINITY;
    double[] replies = new double[payoffs.length];
    double best = Double.NEGATIVE_INFINITY;
    for (int e = 0; e < payoffs.length; e++) {
      double total = 0.0;
      for (int c = 0; c < k; c++) {
        total += payoffs[e][unknownIndex[c]] * probabilities[unknownIndex[c]];
      }
      replies[e] = total;
      best = Math.max(best, total);
    }
    for (int r = 0; r < equationIndex.length; r++) {
      value = Math.max(value, replies[equationIndex[r]]);
    }
    value = equationIndex.length == 0 ? best : value;
    if (best > value + tolerance) {
      return null;
    }
    long bestResponses = 0L;
    for (int e = 0; e < payoffs.length; e++) {
      if (replies[e] >= best - tolerance) {
        bestResponses |= 1L << e;
      }
    }
    return new DoubleSideSolution(probabilities, support, bestResponses);
  }

  /** A floating-point distribution with its support and the opponent's best responses. */
  public record DoubleSideSolution(double[] probabilities, long support, long bestResponses) {}
}
