package org.agora.solvers.linear;

import java.math.BigInteger;
import org.agora.core.Rational;

/**
 * An exact tableau by integer pivoting: all entries are integers and share one divisor, the
 * determinant of the current basis (the previous pivot element), so the rational value of an entry
 * is {@code entry / determinant}.
 *
 * <p>Pivoting on {@code (r, c)} with pivot element {@code p} and previous divisor {@code d} keeps
 * row r and replaces every other entry by {@code (p * t[i][j] - t[i][c] * t[r][j]) / d}; the
 * division is exact because every entry is a minor of the original matrix (Bareiss, "Sylvester's
 * identity and multistep integer-preserving Gaussian elimination", Math. Comp. 1968; as used for
 * games by von Stengel, Handbook of Game Theory vol. 3, 2002, and in lrs by Avis). No gcd is ever
 * computed. Entries live in {@code long}s while they fit; the first overflow, detected by
 * {@link Math#multiplyExact}, converts the whole tableau to {@link BigInteger} for good.
 *
 * <p>Cost: one pivot is {@code O(rows * columns)} multiplications.
 */
public final class IntegerTableau implements PivotingTableau {

  private final int rows;
  private final int columns;
  private long[][] small;
  private long smallDeterminant = 1;
  private long[] scratch;
  private BigInteger[][] big;
  private BigInteger bigDeterminant;
  private final int[] basis;
  private final int[] rowOf;

  /**
   * A tableau with the given integer entries and basis; the basis columns must form an identity
   * (entry 1 in their row, 0 elsewhere) since the initial divisor is 1.
   */
  public IntegerTableau(BigInteger[][] entries, int[] basis) {
    this.rows = entries.length;
    this.columns = rows == 0 ? 0 : entries[0].length;
    this.basis = basis.clone();
    this.rowOf = new int[columns];
    java.util.Arrays.fill(rowOf, -1);
    for (int row = 0; row < rows; row++) {
      rowOf[basis[row]] = row;
    }
    boolean fits = true;
    for (BigInteger[] line : entries) {
      for (BigInteger value : line) {
        fits &= value.bitLength() < 62;
      }
    }
    if (fits) {
      small = new long[rows][columns];
      scratch = new long[columns];
      for (int row = 0; row < rows; row++) {
        for (int column = 0; column < columns; column++) {
          small[row][column] = entries[row][column].longValueExact();
        }
      }
    } else {
      big = new BigInteger[rows][];
      for (int row = 0; row < rows; row++) {
        big[row] = entries[row].clone();
      }
      bigDeterminant = BigInteger.ONE;
    }
  }

  /** Copy constructor. */
  public IntegerTableau(IntegerTableau other) {
    rows = other.rows;
    columns = other.columns;
    basis = other.basis.clone();
    rowOf = other.rowOf.clone();
    if (other.small != null) {
      small = new long[rows][];
      for (int row = 0; row < rows; row++) {
        small[row] = other.small[row].clone();
      }
      smallDeterminant = other.smallDeterminant;
      scratch = new long[columns];
    } else {
      big = new BigInteger[rows][];
      for (int row = 0; row < rows; row++) {
        big[row] = other.big[row].clone();
      }
      bigDeterminant = other.bigDeterminant;
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

  /** True while the entries are kept in {@code long}s. */
  public boolean isInLongArithmetic() {
    return small != null;
  }

  @Override
  public int signum(int row, int column) {
    return small != null ? Long.signum(small[row][column]) : big[row][column].signum();
  }

  /** The integer entry (to be divided by {@link #determinant()}). */
  public BigInteger entry(int row, int column) {
    return small != null ? BigInteger.valueOf(small[row][column]) : big[row][column];
  }

  /** The integer entry rounded to a double (possibly infinite), without dividing by the determinant. */
  public double approximateEntry(int row, int column) {
    return small != null ? (double) small[row][column] : big[row][column].doubleValue();
  }

  /** The common divisor of all entries. */
  public BigInteger determinant() {
    return small != null ? BigInteger.valueOf(smallDeterminant) : bigDeterminant;
  }

  /** The exact value {@code entry / determinant}. */
  public Rational value(int row, int column) {
    return Rational.of(entry(row, column), determinant());
  }

  @Override
  public double doubleValue(int row, int column) {
    return small != null ? (double) small[row][column] / smallDeterminant : value(row, column).doubleValue();
  }

  @Override
  public int compareRatios(int rowA, int rowB, int numeratorColumn, int denominatorColumn) {
    if (small != null) {
      long[] a = small[rowA];
      long[] b = small[rowB];
      return compareProducts(a[numeratorColumn], b[denominatorColumn], b[numeratorColumn], a[denominatorColumn]);
    }
    BigInteger[] a = big[rowA];
    BigInteger[] b = big[rowB];
    return a[numeratorColumn].multiply(b[denominatorColumn]).compareTo(b[numeratorColumn].multiply(a[denominatorColumn]));
  }

  /** Compares {@code a * b} with {@code c * d} exactly, in 128-bit arithmetic. */
  static int compareProducts(long a, long b, long c, long d) {
    long highLeft = Math.multiplyHigh(a, b);
    long highRight = Math.multiplyHigh(c, d);
    if (highLeft != highRight) {
      return Long.compare(highLeft, highRight);
    }
    return Long.compareUnsigned(a * b, c * d);
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
  public void pivot(int row, int column) {
    if (signum(row, column) == 0) {
      throw new IllegalArgumentException("pivot element (" + row + ", " + column + ") is zero");
    }
    if (small != null) {
      int failedRow = pivotSmall(row, column);
      if (failedRow < 0) {
        smallDeterminant = small[row][column];
      } else {
        long pivotElement = small[row][column];
        long determinant = smallDeterminant;
        convertToBig();
        pivotBig(row, column, failedRow, BigInteger.valueOf(pivotElement), BigInteger.valueOf(determinant));
        bigDeterminant = BigInteger.valueOf(pivotElement);
      }
    } else {
      BigInteger pivotElement = big[row][column];
      pivotBig(row, column, 0, pivotElement, bigDeterminant);
      bigDeterminant = pivotElement;
    }
    rowOf[basis[row]] = -1;
    basis[row] = column;
    rowOf[column] = row;
  }

  /**
   * The columns whose entries need arithmetic in a pivot on {@code pivotColumn}: all but the basic
   * ones, whose new values are known (the pivot element in their own row, zero elsewhere; the
   * leaving column gets the old divisor in the pivot row and minus the old pivot column
   * elsewhere; the entering column becomes a multiple of a unit vector).
   */
  private int[] arithmeticColumns(int pivotColumn) {
    int count = 0;
    int[] list = new int[columns];
    for (int column = 0; column < columns; column++) {
      if (rowOf[column] < 0 && column != pivotColumn) {
        list[count++] = column;
      }
    }
    return java.util.Arrays.copyOf(list, count);
  }

  /**
   * Pivots to the basis {@code target} (a set of {@code rowCount()} variables forming a basis) by
   * as many pivots as the two bases differ in variables, then makes the divisor positive. Each step
   * brings in a variable of the target for a basic variable outside it at a nonzero pivot
   * element; one exists because the target's columns are independent. The intermediate bases need
   * not be feasible: integer pivoting is exact along any sequence of nonsingular bases, and every
   * entry stays plus or minus the corresponding minor, so negating all entries and the divisor
   * (which leaves every value unchanged) restores a positive divisor.
   */
  public void moveToBasis(java.util.BitSet target) {
    for (int column = target.nextSetBit(0); column >= 0; column = target.nextSetBit(column + 1)) {
      if (rowOf[column] >= 0) {
        continue;
      }
      int pivotRow = -1;
      for (int row = 0; row < rows; row++) {
        if (!target.get(basis[row]) && signum(row, column) != 0) {
          pivotRow = row;
          break;
        }
      }
      if (pivotRow < 0) {
        throw new IllegalArgumentException("not a basis: " + target);
      }
      pivot(pivotRow, column);
    }
    if (determinant().signum() < 0) {
      negate();
    }
  }

  /**
   * Reorders the rows so that row k holds basic variable {@code order[k]} (the current basic
   * variables in some order) and makes the divisor positive; values are unchanged.
   */
  public void reorderRows(int[] order) {
    for (int row = 0; row < rows; row++) {
      int from = rowOf[order[row]];
      if (from < 0) {
        throw new IllegalArgumentException("variable " + order[row] + " is not basic");
      }
      if (from != row) {
        if (small != null) {
          long[] line = small[row];
          small[row] = small[from];
          small[from] = line;
        } else {
          BigInteger[] line = big[row];
          big[row] = big[from];
          big[from] = line;
        }
        int variable = basis[row];
        basis[row] = basis[from];
        basis[from] = variable;
        rowOf[basis[row]] = row;
        rowOf[basis[from]] = from;
      }
    }
    if (determinant().signum() < 0) {
      negate();
    }
  }

  /** Negates every entry and the divisor. */
  private void negate() {
    if (small != null) {
      boolean fits = smallDeterminant != Long.MIN_VALUE;
      for (long[] line : small) {
        for (long value : line) {
          fits &= value != Long.MIN_VALUE;
        }
      }
      if (!fits) {
        convertToBig();
        bigDeterminant = BigInteger.valueOf(smallDeterminant);
      }
    }
    if (small != null) {
      for (long[] line : small) {
        for (int column = 0; column < columns; column++) {
          line[column] = -line[column];
        }
      }
      smallDeterminant = -smallDeterminant;
    } else {
      for (BigInteger[] line : big) {
        for (int column = 0; column < columns; column++) {
          line[column] = line[column].negate();
        }
      }
      bigDeterminant = bigDeterminant.negate();
    }
  }

  /** Pivots in longs; returns -1, or the first row whose update overflowed (rows before it are done). */
  private int pivotSmall(int pivotRow, int pivotColumn) {
    long pivotElement = small[pivotRow][pivotColumn];
    long determinant = smallDeterminant;
    long[] pivotLine = small[pivotRow];
    int leaving = basis[pivotRow];
    int[] arithmetic = arithmeticColumns(pivotColumn);
    for (int row = 0; row < rows; row++) {
      if (row == pivotRow) {
        continue;
      }
      long[] line = small[row];
      long factor = line[pivotColumn];
      if (factor == 0 && pivotElement == determinant) {
        continue;
      }
      try {
        for (int column : arithmetic) {
          long product = Math.multiplyExact(pivotElement, line[column]);
          if (factor != 0) {
            product = Math.subtractExact(product, Math.multiplyExact(factor, pivotLine[column]));
          }
          scratch[column] = product / determinant;
        }
      } catch (ArithmeticException overflow) {
        return row;
      }
      for (int column = 0; column < columns; column++) {
        int basicRow = rowOf[column];
        if (basicRow >= 0 || column == pivotColumn) {
          scratch[column] = column == pivotColumn ? 0 : column == leaving ? -factor : basicRow == row ? pivotElement : 0;
        }
      }
      small[row] = scratch;
      scratch = line;
    }
    return -1;
  }

  private void pivotBig(int pivotRow, int pivotColumn, int firstRow, BigInteger pivotElement, BigInteger determinant) {
    BigInteger[] pivotLine = big[pivotRow];
    boolean unitStep = pivotElement.equals(determinant);
    int leaving = basis[pivotRow];
    int[] arithmetic = arithmeticColumns(pivotColumn);
    for (int row = firstRow; row < rows; row++) {
      if (row == pivotRow) {
        continue;
      }
      BigInteger[] line = big[row];
      BigInteger factor = line[pivotColumn];
      if (factor.signum() == 0 && unitStep) {
        continue;
      }
      for (int column : arithmetic) {
        BigInteger product = pivotElement.multiply(line[column]);
        if (factor.signum() != 0 && pivotLine[column].signum() != 0) {
          product = product.subtract(factor.multiply(pivotLine[column]));
        }
        line[column] = product.divide(determinant);
      }
      for (int column = 0; column < columns; column++) {
        int basicRow = rowOf[column];
        if (basicRow >= 0 || column == pivotColumn) {
          line[column] = column == pivotColumn ? BigInteger.ZERO
              : column == leaving ? factor.negate() : basicRow == row ? pivotElement : BigInteger.ZERO;
        }
      }
    }
  }

  private void convertToBig() {
    big = new BigInteger[rows][columns];
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        big[row][column] = BigInteger.valueOf(small[row][column]);
      }
    }
    small = null;
    scratch = null;
  }
}
