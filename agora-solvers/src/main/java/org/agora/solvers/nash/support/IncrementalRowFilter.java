package org.agora.solvers.nash.support;

/**
 * Floating-point prefilter for the row player's indifference systems of one row support I while the
 * column support J grows one column at a time (depth-first): each added column contributes one
 * equation, reduced against the earlier ones (Gaussian elimination row by row, the pivot chosen as
 * the largest entry of the new row), so a whole support pair costs {@code O(k^2)} amortised instead
 * of {@code O(k^3)}. At full depth {@link #clearlyFails} says whether the pair certainly fails, with
 * the same rule as {@link DoubleIndifferenceSystem#clearlyFails}: only a well-conditioned system
 * (payoffs scaled into [-1, 1], every pivot at least {@code 1e-6}) that is violated by more than
 * {@code 1e-6} is rejected. Not thread-safe.
 */
public final class IncrementalRowFilter {

  private static final double MARGIN = 1e-6;

  private final double[][] payoffs;
  private final double[][] rows;
  private final int[] pivotColumns;
  private final boolean[] usedColumns;
  private final int[] unknownIndex;
  private final double[] solution;
  private int unknowns;
  private int depth;

  /** A filter over the opponent-indexed matrix {@code payoffs[column][row]} (the column player's payoffs). */
  public IncrementalRowFilter(double[][] payoffs) {
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
    int maxUnknowns = payoffs.length == 0 ? 0 : payoffs[0].length;
    this.rows = new double[maxUnknowns + 2][maxUnknowns + 2];
    this.pivotColumns = new int[maxUnknowns + 2];
    this.usedColumns = new boolean[maxUnknowns + 2];
    this.unknownIndex = new int[maxUnknowns];
    this.solution = new double[maxUnknowns + 1];
  }

  /** Starts a row support: the system holds only {@code sum x = 1}. */
  public void start(long rowSupport) {
    unknowns = 0;
    for (long rest = rowSupport; rest != 0; rest &= rest - 1) {
      unknownIndex[unknowns++] = Long.numberOfTrailingZeros(rest);
    }
    java.util.Arrays.fill(usedColumns, false);
    double[] row = rows[0];
    for (int c = 0; c < unknowns; c++) {
      row[c] = 1;
    }
    row[unknowns] = 0;
    row[unknowns + 1] = 1;
    pivotColumns[0] = 0;
    usedColumns[0] = true;
    depth = 1;
  }

  /**
   * Adds column {@code column}'s indifference equation. Returns false when its pivot is below the
   * margin (the system is singular or ill-conditioned: leaves below cannot be filtered); the caller
   * must still {@link #pop} it.
   */
  public boolean push(int column) {
    double[] row = rows[depth];
    double[] source = payoffs[column];
    int width = unknowns + 2;
    for (int c = 0; c < unknowns; c++) {
      row[c] = source[unknownIndex[c]];
    }
    row[unknowns] = -1;
    row[unknowns + 1] = 0;
    for (int r = 0; r < depth; r++) {
      double factor = row[pivotColumns[r]];
      if (factor != 0.0) {
        double[] pivotRow = rows[r];
        for (int c = 0; c < width; c++) {
          row[c] -= factor * pivotRow[c];
        }
      }
    }
    int pivot = -1;
    double largest = 0.0;
    for (int c = 0; c <= unknowns; c++) {
      if (!usedColumns[c] && Math.abs(row[c]) > largest) {
        largest = Math.abs(row[c]);
        pivot = c;
      }
    }
    pivotColumns[depth] = pivot;
    depth++;
    if (pivot < 0 || largest < MARGIN) {
      pivotColumns[depth - 1] = -1;
      return false;
    }
    usedColumns[pivot] = true;
    double inverse = 1.0 / row[pivot];
    for (int c = 0; c < width; c++) {
      row[c] *= inverse;
    }
    return true;
  }

  /** Removes the last equation. */
  public void pop() {
    depth--;
    if (pivotColumns[depth] >= 0) {
      usedColumns[pivotColumns[depth]] = false;
    }
  }

  /**
   * With all k equations pushed (and accepted), true when the system's solution has a probability
   * below {@code -1e-6} or leaves some column more than {@code 1e-6} better than the equalised value.
   */
  public boolean clearlyFails() {
    int width = unknowns + 1;
    for (int r = depth - 1; r >= 0; r--) {
      double[] row = rows[r];
      double value = row[width];
      for (int later = r + 1; later < depth; later++) {
        value -= row[pivotColumns[later]] * solution[pivotColumns[later]];
      }
      solution[pivotColumns[r]] = value;
    }
    for (int c = 0; c < unknowns; c++) {
      if (solution[c] < -MARGIN) {
        return true;
      }
    }
    double value = solution[unknowns];
    for (double[] source : payoffs) {
      double total = 0.0;
      for (int c = 0; c < unknowns; c++) {
        total += source[unknownIndex[c]] * solution[c];
      }
      if (total > value + MARGIN) {
        return true;
      }
    }
    return false;
  }
}
