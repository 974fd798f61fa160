package org.agora.solvers.linear;

/**
 * The floating-point twin of {@link IntegerTableau}: Gauss–Jordan pivoting in {@code double}s,
 * the pivot row divided by the pivot element so that the common divisor is 1. Signs and ratio
 * comparisons treat magnitudes up to {@code tolerance} as zero, which is what keeps degenerate
 * ties recognisable after rounding.
 *
 * <p>Cost: one pivot is {@code O(rows * columns)} floating-point operations.
 */
public final class DoubleTableau implements PivotingTableau {

  private final double[][] entries;
  private final int rows;
  private final int columns;
  private final double tolerance;
  private final int[] basis;
  private final int[] rowOf;

  /**
   * A tableau with the given entries and basis (the basis columns form an identity).
   *
   * @param tolerance magnitudes at or below it count as zero
   */
  public DoubleTableau(double[][] entries, int[] basis, double tolerance) {
    if (!(tolerance >= 0.0)) {
      throw new IllegalArgumentException("tolerance must be nonnegative, got " + tolerance);
    }
    this.rows = entries.length;
    this.columns = rows == 0 ? 0 : entries[0].length;
    this.entries = new double[rows][];
    for (int row = 0; row < rows; row++) {
      this.entries[row] = entries[row].clone();
    }
    this.tolerance = tolerance;
    this.basis = basis.clone();
    this.rowOf = new int[columns];
    java.util.Arrays.fill(rowOf, -1);
    for (int row = 0; row < rows; row++) {
      rowOf[basis[row]] = row;
    }
  }

  @Override
  public int rowCount() {
    return rows;
  }

  @Override
  public int columnCount() {
    return columns;
  }

  @Override
  public int signum(int row, int column) {
    double value = entries[row][column];
    return value > tolerance ? 1 : value < -tolerance ? -1 : 0;
  }

  @Override
  public int compareRatios(int rowA, int rowB, int numeratorColumn, int denominatorColumn) {
    double difference = entries[rowA][numeratorColumn] / entries[rowA][denominatorColumn]
        - entries[rowB][numeratorColumn] / entries[rowB][denominatorColumn];
    return difference > tolerance ? 1 : difference < -tolerance ? -1 : 0;
  }

  @Override
  public void pivot(int pivotRow, int pivotColumn) {
    double pivotElement = entries[pivotRow][pivotColumn];
    if (Math.abs(pivotElement) <= tolerance) {
      throw new IllegalArgumentException("pivot element (" + pivotRow + ", " + pivotColumn + ") is "
          + pivotElement + ", within the tolerance " + tolerance + " of zero");
    }
    double[] pivotLine = entries[pivotRow];
    for (int column = 0; column < columns; column++) {
      pivotLine[column] /= pivotElement;
    }
    pivotLine[pivotColumn] = 1.0;
    for (int row = 0; row < rows; row++) {
      if (row == pivotRow) {
        continue;
      }
      double[] line = entries[row];
      double factor = line[pivotColumn];
      if (factor == 0.0) {
        continue;
      }
      for (int column = 0; column < columns; column++) {
        line[column] -= factor * pivotLine[column];
      }
      line[pivotColumn] = 0.0;
    }
    rowOf[basis[pivotRow]] = -1;
    basis[pivotRow] = pivotColumn;
    rowOf[pivotColumn] = pivotRow;
  }

  @Override
  public int basicVariable(int row) {
    return basis[row];
  }

  @Override
  public int rowOfVariable(int variable) {
    return rowOf[variable];
  }

  @Override
  public double doubleValue(int row, int column) {
    return entries[row][column];
  }
}
