package org.agora.solvers.sequenceform;

import java.math.BigInteger;
import java.util.Arrays;
import org.agora.core.Rational;
import org.agora.core.job.ProgressMeter;
import org.agora.solvers.linear.IntegerTableau;
import org.agora.solvers.linear.LexicographicRatioTest;

/**
 * An exact two-phase simplex method on an integer tableau ({@link IntegerTableau}, fraction-free
 * pivoting): maximise {@code c^T z} subject to {@code a_i z <= b_i} or {@code a_i z = b_i} with
 * {@code b >= 0} and {@code z >= 0}, all data integers.
 *
 * <p>Phase 1 maximises minus the sum of one artificial variable per equality row; phase 2 then
 * optimises {@code c} over the columns whose phase-1 reduced cost is zero, which keeps every
 * artificial at zero (the standard textbook treatment, e.g. Chvátal, <i>Linear Programming</i>,
 * Freeman, 1983, chapter 8). Entering column: the most negative reduced cost (Dantzig's rule);
 * leaving row: the lexicographic minimum-ratio test ({@link LexicographicRatioTest}) against the
 * initial basis, which rules out cycling whatever the entering rule (Dantzig, Orden and Wolfe,
 * Pacific J. Math. 1955).
 *
 * <p>Cost per pivot: O(rows x columns) integer operations on a dense tableau; the number of pivots
 * is exponential in the worst case and modest in practice. Dual values are read from the final
 * objective row under each row's initial basic column.
 */
final class ExactSimplex {

  /**
   * An optimal solution.
   *
   * @param value the optimal objective value
   * @param primal the optimal variables
   * @param dual the multipliers of the rows (nonnegative for {@code <=} rows, free for equations)
   */
  record Result(Rational value, Rational[] primal, Rational[] dual) {}

  private ExactSimplex() {}

  /**
   * Solves the program.
   *
   * @param matrix {@code matrix[row][variable]}
   * @param rightHandSide nonnegative right-hand sides
   * @param equality which rows are equations (the others are {@code <=})
   * @param objective the coefficients to maximise
   * @param meter counts pivots and polls cancellation before each
   * @throws IllegalStateException if the program is infeasible or unbounded
   * @throws org.agora.core.job.JobCancelledException when cancelled
   */
  static Result maximise(BigInteger[][] matrix, BigInteger[] rightHandSide, boolean[] equality, BigInteger[] objective,
      ProgressMeter meter) {
    int rows = matrix.length;
    int variables = objective.length;
    int extra = rows;
    int phaseTwoColumn = variables + extra;
    int phaseOneColumn = phaseTwoColumn + 1;
    int rhs = phaseOneColumn + 1;
    int phaseTwoRow = rows;
    int phaseOneRow = rows + 1;
    BigInteger[][] entries = new BigInteger[rows + 2][rhs + 1];
    for (BigInteger[] line : entries) {
      Arrays.fill(line, BigInteger.ZERO);
    }
    int[] basis = new int[rows + 2];
    BigInteger infeasibility = BigInteger.ZERO;
    for (int row = 0; row < rows; row++) {
      if (rightHandSide[row].signum() < 0) {
        throw new IllegalArgumentException("right-hand side " + rightHandSide[row] + " of row " + row + " is negative");
      }
      System.arraycopy(matrix[row], 0, entries[row], 0, variables);
      entries[row][variables + row] = BigInteger.ONE;
      entries[row][rhs] = rightHandSide[row];
      basis[row] = variables + row;
      if (equality[row]) {
        for (int column = 0; column < variables; column++) {
          entries[phaseOneRow][column] = entries[phaseOneRow][column].subtract(matrix[row][column]);
        }
        infeasibility = infeasibility.add(rightHandSide[row]);
      }
    }
    for (int column = 0; column < variables; column++) {
      entries[phaseTwoRow][column] = objective[column].negate();
    }
    entries[phaseTwoRow][phaseTwoColumn] = BigInteger.ONE;
    entries[phaseOneRow][phaseOneColumn] = BigInteger.ONE;
    entries[phaseOneRow][rhs] = infeasibility.negate();
    basis[phaseTwoRow] = phaseTwoColumn;
    basis[phaseOneRow] = phaseOneColumn;
    IntegerTableau tableau = new IntegerTableau(entries, basis);
    int[] tieBreak = new int[rows];
    for (int row = 0; row < rows; row++) {
      tieBreak[row] = variables + row;
    }
    boolean[] allowed = new boolean[variables + extra];
    for (int column = 0; column < variables + extra; column++) {
      allowed[column] = column < variables || !equality[column - variables];
    }
    optimise(tableau, phaseOneRow, -1, allowed, tieBreak, rhs, rows, meter);
    if (tableau.signum(phaseOneRow, rhs) < 0) {
      throw new IllegalStateException("the linear program is infeasible");
    }
    optimise(tableau, phaseTwoRow, phaseOneRow, allowed, tieBreak, rhs, rows, meter);
    BigInteger determinant = tableau.determinant();
    Rational[] primal = new Rational[variables];
    for (int column = 0; column < variables; column++) {
      int row = tableau.rowOfVariable(column);
      primal[column] = row < 0 ? Rational.ZERO : Rational.of(tableau.entry(row, rhs), determinant);
    }
    Rational[] dual = new Rational[rows];
    for (int row = 0; row < rows; row++) {
      dual[row] = Rational.of(tableau.entry(phaseTwoRow, variables + row), determinant);
    }
    return new Result(Rational.of(tableau.entry(phaseTwoRow, rhs), determinant), primal, dual);
  }

  /**
   * Pivots until no allowed column has a negative entry in {@code objectiveRow}; with
   * {@code lockRow >= 0}, columns with a nonzero entry in that row are not allowed to enter.
   */
  private static void optimise(IntegerTableau tableau, int objectiveRow, int lockRow, boolean[] allowed,
      int[] tieBreak, int rhs, int constraintRows, ProgressMeter meter) {
    while (true) {
      int entering = -1;
      BigInteger mostNegative = BigInteger.ZERO;
      for (int column = 0; column < allowed.length; column++) {
        if (!allowed[column] || tableau.rowOfVariable(column) >= 0 || tableau.signum(objectiveRow, column) >= 0) {
          continue;
        }
        if (lockRow >= 0 && tableau.signum(lockRow, column) != 0) {
          continue;
        }
        BigInteger entry = tableau.entry(objectiveRow, column);
        if (entry.compareTo(mostNegative) < 0) {
          mostNegative = entry;
          entering = column;
        }
      }
      if (entering < 0) {
        return;
      }
      int row = LexicographicRatioTest.leavingRow(tableau, entering, rhs, tieBreak, constraintRows);
      if (row < 0) {
        throw new IllegalStateException("the linear program is unbounded in column " + entering);
      }
      meter.step();
      tableau.pivot(row, entering);
    }
  }
}
