package org.agora.solvers.nash.support;

import java.math.BigInteger;

/**
 * Exact solver of one side of a support-enumeration step. Given an integer payoff matrix
 * {@code payoffs[equation][unknown]} (the opponent's payoffs, rows indexed by the opponent's
 * strategies, columns by the mixing player's strategies), a set U of the mixing player's strategies
 * and a set E of the opponent's strategies, it finds the unique distribution q on U and value v with
 * {@code sum_u payoffs[e][u] q_u = v} for every e in E and {@code sum q = 1}, then checks
 * {@code q >= 0} and that no opponent strategy outside E earns more than v.
 *
 * <p>Linear algebra is fraction-free Gauss–Jordan elimination (E. H. Bareiss, "Sylvester's identity
 * and multistep integer-preserving Gaussian elimination", <i>Mathematics of Computation</i> 22(103),
 * 1968): every intermediate entry is a minor of the input, every division is exact, and at the end
 * each unknown is {@code numerator / determinant}. It runs in {@code long} arithmetic with overflow
 * checks and repeats the step in {@link BigInteger} when a product overflows.
 */
public final class ExactIndifferenceSystem {

  private final BigInteger[][] payoffs;
  private final long[][] smallPayoffs;

  /** A system over an integer matrix {@code payoffs[equation][unknown]}. */
  public ExactIndifferenceSystem(BigInteger[][] payoffs) {
    this.payoffs = payoffs;
    long[][] small = new long[payoffs.length][];
    for (int e = 0; e < payoffs.length && small != null; e++) {
      small[e] = new long[payoffs[e].length];
      for (int u = 0; u < payoffs[e].length; u++) {
        if (payoffs[e][u].bitLength() > 62) {
          small = null;
          break;
        }
        small[e][u] = payoffs[e][u].longValueExact();
      }
    }
    this.smallPayoffs = small;
  }

  /**
   * The distribution on {@code unknowns} that makes the opponent indifferent over {@code equations}
   * with no better reply outside, or {@code null} when the system is singular, underdetermined,
   * inconsistent, has a negative probability, or is beaten outside.
   */
  public ExactSideSolution solve(long unknowns, long equations) {
    if (smallPayoffs != null) {
      try {
        return solveLong(unknowns, equations);
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger arithmetic
      }
    }
    return solveBig(unknowns, equations);
  }

  private ExactSideSolution solveLong(long unknowns, long equations) {
    int[] unknownIndex = SupportMasks.indices(unknowns);
    int[] equationIndex = SupportMasks.indices(equations);
    int k = unknownIndex.length;
    int columns = k + 1;
    int rows = equationIndex.length + 1;
    if (rows < columns) {
      return null;
    }
    long[][] matrix = new long[rows][columns + 1];
    for (int r = 0; r < equationIndex.length; r++) {
      for (int c = 0; c < k; c++) {
        matrix[r][c] = smallPayoffs[equationIndex[r]][unknownIndex[c]];
      }
      matrix[r][k] = -1;
    }
    for (int c = 0; c < k; c++) {
      matrix[rows - 1][c] = 1;
    }
    matrix[rows - 1][columns] = 1;
    long previous = 1;
    for (int c = 0; c < columns; c++) {
      int pivotRow = c;
      while (pivotRow < rows && matrix[pivotRow][c] == 0) {
        pivotRow++;
      }
      if (pivotRow == rows) {
        return null;
      }
      long[] swap = matrix[pivotRow];
      matrix[pivotRow] = matrix[c];
      matrix[c] = swap;
      long pivot = matrix[c][c];
      long[] pivotRowValues = matrix[c];
      for (int r = 0; r < rows; r++) {
        if (r == c) {
          continue;
        }
        long[] row = matrix[r];
        long factor = row[c];
        for (int j = 0; j <= columns; j++) {
          if (j != c) {
            row[j] = Math.subtractExact(Math.multiplyExact(pivot, row[j]), Math.multiplyExact(factor, pivotRowValues[j]))
                / previous;
          }
        }
        row[c] = 0;
      }
      previous = pivot;
    }
    for (int r = columns; r < rows; r++) {
      if (matrix[r][columns] != 0) {
        return null;
      }
    }
    long sign = previous < 0 ? -1 : 1;
    long denominator = previous * sign;
    long[] solution = new long[columns];
    long support = 0L;
    for (int c = 0; c < columns; c++) {
      solution[c] = Math.multiplyExact(matrix[c][columns], sign);
      if (c < k) {
        if (solution[c] < 0) {
          return null;
        }
        if (solution[c] > 0) {
          support |= 1L << unknownIndex[c];
        }
      }
    }
    long value = solution[k];
    long bestResponses = 0L;
    for (int e = 0; e < smallPayoffs.length; e++) {
      long total = 0;
      for (int c = 0; c < k; c++) {
        total = Math.addExact(total, Math.multiplyExact(smallPayoffs[e][unknownIndex[c]], solution[c]));
      }
      if (total > value) {
        return null;
      }
      if (total == value) {
        bestResponses |= 1L << e;
      }
    }
    BigInteger[] numerators = new BigInteger[smallPayoffs.length == 0 ? 0 : smallPayoffs[0].length];
    java.util.Arrays.fill(numerators, BigInteger.ZERO);
    for (int c = 0; c < k; c++) {
      numerators[unknownIndex[c]] = BigInteger.valueOf(solution[c]);
    }
    return new ExactSideSolution(numerators, BigInteger.valueOf(denominator), support, bestResponses);
  }

  private ExactSideSolution solveBig(long unknowns, long equations) {
    int[] unknownIndex = SupportMasks.indices(unknowns);
    int[] equationIndex = SupportMasks.indices(equations);
    int k = unknownIndex.length;
    int columns = k + 1;
    int rows = equationIndex.length + 1;
    if (rows < columns) {
      return null;
    }
    BigInteger[][] matrix = new BigInteger[rows][columns + 1];
    for (BigInteger[] row : matrix) {
      java.util.Arrays.fill(row, BigInteger.ZERO);
    }
    for (int r = 0; r < equationIndex.length; r++) {
      for (int c = 0; c < k; c++) {
        matrix[r][c] = payoffs[equationIndex[r]][unknownIndex[c]];
      }
      matrix[r][k] = BigInteger.ONE.negate();
    }
    for (int c = 0; c < k; c++) {
      matrix[rows - 1][c] = BigInteger.ONE;
    }
    matrix[rows - 1][columns] = BigInteger.ONE;
    BigInteger previous = BigInteger.ONE;
    for (int c = 0; c < columns; c++) {
      int pivotRow = c;
      while (pivotRow < rows && matrix[pivotRow][c].signum() == 0) {
        pivotRow++;
      }
      if (pivotRow == rows) {
        return null;
      }
      BigInteger[] swap = matrix[pivotRow];
      matrix[pivotRow] = matrix[c];
      matrix[c] = swap;
      BigInteger pivot = matrix[c][c];
      for (int r = 0; r < rows; r++) {
        if (r == c) {
          continue;
        }
        BigInteger factor = matrix[r][c];
        for (int j = 0; j <= columns; j++) {
          if (j != c) {
            matrix[r][j] = pivot.multiply(matrix[r][j]).subtract(factor.multiply(matrix[c][j])).divide(previous);
          }
        }
        matrix[r][c] = BigInteger.ZERO;
      }
      previous = pivot;
    }
    for (int r = columns; r < rows; r++) {
      if (matrix[r][columns].signum() != 0) {
        return null;
      }
    }
    boolean negate = previous.signum() < 0;
    BigInteger[] solution = new BigInteger[columns];
    long support = 0L;
    for (int c = 0; c < columns; c++) {
      solution[c] = negate ? matrix[c][columns].negate() : matrix[c][columns];
      if (c < k) {
        if (solution[c].signum() < 0) {
          return null;
        }
        if (solution[c].signum() > 0) {
          support |= 1L << unknownIndex[c];
        }
      }
    }
    BigInteger value = solution[k];
    long bestResponses = 0L;
    for (int e = 0; e < payoffs.length; e++) {
      BigInteger total = BigInteger.ZERO;
      for (int c = 0; c < k; c++) {
        total = total.add(payoffs[e][unknownIndex[c]].multiply(solution[c]));
      }
      int comparison = total.compareTo(value);
      if (comparison > 0) {
        return null;
      }
      if (comparison == 0) {
        bestResponses |= 1L << e;
      }
    }
    BigInteger[] numerators = new BigInteger[payoffs.length == 0 ? 0 : payoffs[0].length];
    java.util.Arrays.fill(numerators, BigInteger.ZERO);
    for (int c = 0; c < k; c++) {
      numerators[unknownIndex[c]] = solution[c];
    }
    return new ExactSideSolution(numerators, negate ? previous.negate() : previous, support, bestResponses);
  }
}
