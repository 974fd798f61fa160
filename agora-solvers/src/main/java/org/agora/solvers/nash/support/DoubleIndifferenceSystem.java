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

  /** Smallest pivot and smallest violation for {@link #clearlyFails} to decide without exact arithmetic. */
  private static final double FILTER_MARGIN = 1e-6;

  private static final double[] INCONSISTENT = new double[0];

  /** Writes the indices of the set bits into {@code into} and returns their count. */
  private static int fill(long mask, int[] into) {
    int count = 0;
    for (long rest = mask; rest != 0; rest &= rest - 1) {
      into[count++] = Long.numberOfTrailingZeros(rest);
    }
    return count;
  }

  private final double[][] payoffs;
  private final double tolerance;
  // Workspace reused by every call (so an instance is not thread-safe).
  private final double[][] matrix;
  private final int[] unknownIndex;
  private final int[] equationIndex;
  private final double[] solution;

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
    int unknownCount = payoffs.length == 0 ? 0 : payoffs[0].length;
    this.matrix = new double[payoffs.length + 1][unknownCount + 2];
    this.unknownIndex = new int[unknownCount];
    this.equationIndex = new int[payoffs.length];
    this.solution = new double[unknownCount + 1];
  }

  /** See {@link ExactIndifferenceSystem#solve}: the distribution, or {@code null}. */
  public DoubleSideSolution solve(long unknowns, long equations) {
    int k = fill(unknowns, unknownIndex);
    int equationCount = fill(equations, equationIndex);
    double[] raw = eliminate(k, equationCount, PIVOT_TOLERANCE, tolerance);
    if (raw == null || raw == INCONSISTENT) {
      return null;
    }
    double[] probabilities = new double[payoffs.length == 0 ? 0 : payoffs[0].length];
    long support = 0L;
    double sum = 0.0;
    for (int c = 0; c < k; c++) {
      double value = raw[c];
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
    for (int r = 0; r < equationCount; r++) {
      value = Math.max(value, replies[equationIndex[r]]);
    }
    value = equationCount == 0 ? best : value;
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

  /**
   * True when a well-conditioned floating-point solve shows that {@link ExactIndifferenceSystem#solve}
   * must fail: every pivot is at least {@code 1e-6} (payoffs scaled into [-1, 1]) and the system is
   * inconsistent, or a probability is negative, or an outside reply is better, by more than
   * {@code 1e-6}. Used as a prefilter by the exact solver; {@code false} means "undecided".
   */
  public boolean clearlyFails(long unknowns, long equations) {
    int k = fill(unknowns, unknownIndex);
    double[] raw = eliminate(k, fill(equations, equationIndex), FILTER_MARGIN, FILTER_MARGIN);
    if (raw == INCONSISTENT) {
      return true;
    }
    if (raw == null) {
      return false;
    }
    for (int c = 0; c < k; c++) {
      if (raw[c] < -FILTER_MARGIN) {
        return true;
      }
    }
    for (double[] row : payoffs) {
      double total = 0.0;
      for (int c = 0; c < k; c++) {
        total += row[unknownIndex[c]] * raw[c];
      }
      if (total > raw[k] + FILTER_MARGIN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gaussian elimination with partial pivoting and back substitution of the indifference system: the k probabilities
   * and the value, {@code null} when a pivot is at most {@code pivotTolerance}, or
   * {@link #INCONSISTENT} when a surplus equation misses by more than {@code consistencyTolerance}.
   */
  private double[] eliminate(int k, int equationCount, double pivotTolerance, double consistencyTolerance) {
    int columns = k + 1;
    int rows = equationCount + 1;
    if (rows < columns) {
      return null;
    }
    double[][] matrix = this.matrix;
    for (int r = 0; r < equationCount; r++) {
      double[] row = matrix[r];
      double[] source = payoffs[equationIndex[r]];
      for (int c = 0; c < k; c++) {
        row[c] = source[unknownIndex[c]];
      }
      row[k] = -1;
      row[columns] = 0;
    }
    double[] last = matrix[rows - 1];
    for (int c = 0; c < k; c++) {
      last[c] = 1;
    }
    last[k] = 0;
    last[columns] = 1;
    for (int c = 0; c < columns; c++) {
      int pivotRow = c;
      for (int r = c + 1; r < rows; r++) {
        if (Math.abs(matrix[r][c]) > Math.abs(matrix[pivotRow][c])) {
          pivotRow = r;
        }
      }
      if (Math.abs(matrix[pivotRow][c]) <= pivotTolerance) {
        return null;
      }
      double[] swap = matrix[pivotRow];
      matrix[pivotRow] = matrix[c];
      matrix[c] = swap;
      double pivot = matrix[c][c];
      for (int j = c; j <= columns; j++) {
        matrix[c][j] /= pivot;
      }
      double[] pivotValues = matrix[c];
      for (int r = c + 1; r < rows; r++) {
        double[] row = matrix[r];
        double factor = row[c];
        if (factor != 0.0) {
          for (int j = c; j <= columns; j++) {
            row[j] -= factor * pivotValues[j];
          }
        }
      }
    }
    for (int r = columns; r < rows; r++) {
      if (Math.abs(matrix[r][columns]) > consistencyTolerance) {
        return INCONSISTENT;
      }
    }
    double[] solution = this.solution;
    for (int c = columns - 1; c >= 0; c--) {
      double[] row = matrix[c];
      double value = row[columns];
      for (int j = c + 1; j < columns; j++) {
        value -= row[j] * solution[j];
      }
      solution[c] = value;
    }
    return solution;
  }

  /** A floating-point distribution with its support and the opponent's best responses. */
  public record DoubleSideSolution(double[] probabilities, long support, long bestResponses) {}
}
