package org.agora.solvers.linear;

/**
 * A simplex tableau in full form: {@code rowCount()} equations over {@code columnCount()} columns,
 * every column a variable except those the caller treats as right-hand sides. Each row has one
 * basic variable whose column is a multiple of a unit vector. Implementations keep the entries
 * exactly (integer pivoting) or in floating point with a tolerance; algorithms written against
 * this interface (ratio tests, complementary pivoting, vertex enumeration) work with both.
 */
public interface PivotingTableau {

  int rowCount();

  int columnCount();

  /** Sign of the entry, with a tolerance for floating-point tableaux. */
  int signum(int row, int column);

  /**
   * Compares {@code entry(rowA, numeratorColumn) / entry(rowA, denominatorColumn)} with the same
   * ratio in {@code rowB}. Both denominators must be positive.
   */
  int compareRatios(int rowA, int rowB, int numeratorColumn, int denominatorColumn);

  /** Exchanges the basic variable of {@code row} for the variable of {@code column}. */
  void pivot(int row, int column);

  /** The basic variable (column) of {@code row}. */
  int basicVariable(int row);

  /** The row in which {@code variable} is basic, or -1 when it is nonbasic. */
  int rowOfVariable(int variable);

  /** The entry divided by the tableau's common divisor, in floating point. */
  double doubleValue(int row, int column);
}
