package org.agora.solvers.linear;

import java.math.BigInteger;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

/**
 * Tableaux of the best-response polytopes of a bimatrix game {@code (A, B)} with positive payoffs,
 * m rows and n columns (von Stengel, "Computing equilibria for two-person games", Handbook of Game
 * Theory vol. 3, 2002, section 3):
 *
 * <ul>
 *   <li>P = {x ≥ 0 : Bᵀx ≤ 1}: n equations {@code Bᵀx + s = 1}, columns {@code x_0..x_{m-1}}
 *       (labels 0..m-1) then {@code s_0..s_{n-1}} (labels m..m+n-1), then the right-hand side;
 *       initial basis s.
 *   <li>Q = {y ≥ 0 : Ay ≤ 1}: m equations {@code r + Ay = 1}, columns {@code r_0..r_{m-1}} (labels
 *       0..m-1) then {@code y_0..y_{n-1}} (labels m..m+n-1), then the right-hand side; initial
 *       basis r.
 * </ul>
 *
 * <p>In both, a column's index is its label, and the right-hand side is column {@code m + n}.
 */
public final class BimatrixTableaux {

  private BimatrixTableaux() {}

  /** @throws IllegalArgumentException naming the player count unless the game has two players */
  public static void requireTwoPlayers(NormalFormGame game, String solverName) {
    if (game.playerCount() != 2) {
      throw new IllegalArgumentException(solverName + " solves two-player games; this game has "
          + game.playerCount() + " players");
    }
  }

  /** Exact tableau of P (the row player's mixed strategies, constrained by the column player's payoffs). */
  public static IntegerTableau exactRowPolytope(NormalFormGame game) {
    int m = game.strategyCount(0);
    int n = game.strategyCount(1);
    BigInteger[][] payoffs = PayoffScaling.positiveIntegers(PayoffScaling.exactBimatrix(game, 1)).matrix();
    BigInteger[][] entries = new BigInteger[n][m + n + 1];
    int[] basis = new int[n];
    for (int j = 0; j < n; j++) {
      java.util.Arrays.fill(entries[j], BigInteger.ZERO);
      for (int i = 0; i < m; i++) {
        entries[j][i] = payoffs[i][j];
      }
      entries[j][m + j] = BigInteger.ONE;
      entries[j][m + n] = BigInteger.ONE;
      basis[j] = m + j;
    }
    return new IntegerTableau(entries, basis);
  }

  /** Exact tableau of Q (the column player's mixed strategies, constrained by the row player's payoffs). */
  public static IntegerTableau exactColumnPolytope(NormalFormGame game) {
    int m = game.strategyCount(0);
    int n = game.strategyCount(1);
    BigInteger[][] payoffs = PayoffScaling.positiveIntegers(PayoffScaling.exactBimatrix(game, 0)).matrix();
    BigInteger[][] entries = new BigInteger[m][m + n + 1];
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) {
      java.util.Arrays.fill(entries[i], BigInteger.ZERO);
      entries[i][i] = BigInteger.ONE;
      for (int j = 0; j < n; j++) {
        entries[i][m + j] = payoffs[i][j];
      }
      entries[i][m + n] = BigInteger.ONE;
      basis[i] = i;
    }
    return new IntegerTableau(entries, basis);
  }

  /** Floating-point tableau of P. */
  public static DoubleTableau doubleRowPolytope(NormalFormGame game, double tolerance) {
    int m = game.strategyCount(0);
    int n = game.strategyCount(1);
    double[][] payoffs = PayoffScaling.positiveDoubleBimatrix(game, 1);
    double[][] entries = new double[n][m + n + 1];
    int[] basis = new int[n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        entries[j][i] = payoffs[i][j];
      }
      entries[j][m + j] = 1.0;
      entries[j][m + n] = 1.0;
      basis[j] = m + j;
    }
    return new DoubleTableau(entries, basis, tolerance);
  }

  /** Floating-point tableau of Q. */
  public static DoubleTableau doubleColumnPolytope(NormalFormGame game, double tolerance) {
    int m = game.strategyCount(0);
    int n = game.strategyCount(1);
    double[][] payoffs = PayoffScaling.positiveDoubleBimatrix(game, 0);
    double[][] entries = new double[m][m + n + 1];
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) {
      entries[i][i] = 1.0;
      for (int j = 0; j < n; j++) {
        entries[i][m + j] = payoffs[i][j];
      }
      entries[i][m + n] = 1.0;
      basis[i] = i;
    }
    return new DoubleTableau(entries, basis, tolerance);
  }

  /**
   * The normalized values of variables {@code first .. first+count-1} at the tableau's basic
   * solution, as a probability distribution (the values are nonnegative and not all zero).
   */
  public static Rational[] exactDistribution(IntegerTableau tableau, int first, int count) {
    int rightHandSide = tableau.columnCount() - 1;
    BigInteger[] numerators = new BigInteger[count];
    BigInteger total = BigInteger.ZERO;
    for (int k = 0; k < count; k++) {
      int row = tableau.rowOfVariable(first + k);
      numerators[k] = row < 0 ? BigInteger.ZERO : tableau.entry(row, rightHandSide);
      total = total.add(numerators[k]);
    }
    if (total.signum() == 0) {
      throw new IllegalStateException("the basic solution is zero on variables " + first + ".." + (first + count - 1));
    }
    Rational[] distribution = new Rational[count];
    for (int k = 0; k < count; k++) {
      distribution[k] = Rational.of(numerators[k], total);
    }
    return distribution;
  }

  /** Floating-point counterpart of {@link #exactDistribution}; tiny negatives from rounding become 0. */
  public static double[] doubleDistribution(PivotingTableau tableau, int first, int count) {
    int rightHandSide = tableau.columnCount() - 1;
    double[] values = new double[count];
    double total = 0.0;
    for (int k = 0; k < count; k++) {
      int row = tableau.rowOfVariable(first + k);
      values[k] = row < 0 ? 0.0 : Math.max(0.0, tableau.doubleValue(row, rightHandSide));
      total += values[k];
    }
    if (!(total > 0.0)) {
      throw new IllegalStateException("the basic solution is zero on variables " + first + ".." + (first + count - 1));
    }
    for (int k = 0; k < count; k++) {
      values[k] /= total;
    }
    return values;
  }
}
