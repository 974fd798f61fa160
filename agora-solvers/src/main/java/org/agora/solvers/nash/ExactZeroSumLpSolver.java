package org.agora.solvers.nash;

import java.math.BigInteger;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.job.ProgressMeter;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.linear.IntegerTableau;
import org.agora.solvers.linear.LexicographicRatioTest;
import org.agora.solvers.linear.PayoffScaling;

/**
 * The value and a pair of optimal (maximin) strategies of a finite two-player zero-sum game,
 * exactly, by the simplex method on integer tableaux.
 *
 * <p>With the row player's payoffs A made positive integers (A' = scale·A + shift, value v' =
 * scale·v + shift > 0), the column player's LP is max 1ᵀw s.t. A'w ≤ 1, w ≥ 0, whose optimum is
 * 1/v' at w = y/v'; the row player's optimal strategy is the dual solution, read off the
 * objective row under the slack columns (von Neumann's minimax theorem as an LP: Dantzig, "A proof
 * of the equivalence of the programming problem and the game problem", in Koopmans (ed.), Activity
 * Analysis of Production and Allocation, 1951). Pivoting rule: Bland's smallest-index entering
 * column (Bland, "New finite pivoting rules for the simplex method", Math. Oper. Res. 1977) with
 * the lexicographic minimum-ratio test for the leaving row, so the method never cycles.
 *
 * <p>Complexity: each pivot is O(m · (m + n)) operations on integers (exact, no gcds); the
 * number of pivots is exponential in the worst case and small in practice.
 *
 * <p>Departures: none. For floating-point LPs see {@code ZeroSumLpSolver}.
 */
public final class ExactZeroSumLpSolver {

  /**
   * The game's value to the row player and a profile of optimal strategies.
   *
   * @param value the row player's payoff at equilibrium (the column player gets its negation)
   * @param strategies the row player's maximin and the column player's minimax strategy
   */
  public record ZeroSumSolution(Rational value, ExactMixedProfile strategies) {}

  private final ProgressMeter meter;

  /** A solver that reports nowhere. */
  public ExactZeroSumLpSolver() {
    this(ProgressMeter.none());
  }

  /** A solver that counts its simplex pivots on {@code meter} and polls it for cancellation before each. */
  public ExactZeroSumLpSolver(ProgressMeter meter) {
    this.meter = java.util.Objects.requireNonNull(meter, "meter");
  }

  /**
   * Solves the game.
   *
   * @throws IllegalArgumentException if the game does not have two players or is not zero-sum
   */
  public ZeroSumSolution solve(NormalFormGame game) {
    if (game.playerCount() != 2) {
      throw new IllegalArgumentException("the zero-sum LP solves two-player games; this game has "
          + game.playerCount() + " players");
    }
    if (game.type().utility() != GameType.Utility.ZERO_SUM) {
      throw new IllegalArgumentException("the zero-sum LP needs a zero-sum game (payoffs summing to 0 in every "
          + "profile); this game is " + game.type().utility().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    int m = game.strategyCount(0);
    int n = game.strategyCount(1);
    PayoffScaling scaling = PayoffScaling.positiveIntegers(PayoffScaling.exactBimatrix(game, 0));
    int objective = m;
    int zColumn = n + m;
    int rightHandSide = n + m + 1;
    BigInteger[][] entries = new BigInteger[m + 1][n + m + 2];
    int[] basis = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      java.util.Arrays.fill(entries[i], BigInteger.ZERO);
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        entries[i][j] = scaling.matrix()[i][j];
      }
      entries[i][n + i] = BigInteger.ONE;
      entries[i][rightHandSide] = BigInteger.ONE;
      basis[i] = n + i;
    }
    for (int j = 0; j < n; j++) {
      entries[objective][j] = BigInteger.ONE.negate();
    }
    entries[objective][zColumn] = BigInteger.ONE;
    basis[objective] = zColumn;
    IntegerTableau tableau = new IntegerTableau(entries, basis);
    int[] tieBreak = new int[m];
    for (int i = 0; i < m; i++) {
      tieBreak[i] = n + i;
    }
    while (true) {
      int entering = -1;
      for (int column = 0; column < n + m && entering < 0; column++) {
        if (tableau.signum(objective, column) < 0) {
          entering = column;
        }
      }
      if (entering < 0) {
        break;
      }
      int row = LexicographicRatioTest.leavingRow(tableau, entering, rightHandSide, tieBreak, m);
      if (row < 0) {
        throw new IllegalStateException("the zero-sum LP is unbounded in column " + entering
            + "; with positive payoffs this cannot happen, so this is a bug");
      }
      meter.step();
      tableau.pivot(row, entering);
    }
    BigInteger total = tableau.entry(objective, rightHandSide);
    Rational[] rowStrategy = new Rational[m];
    for (int i = 0; i < m; i++) {
      rowStrategy[i] = Rational.of(tableau.entry(objective, n + i), total);
    }
    Rational[] columnStrategy = new Rational[n];
    for (int j = 0; j < n; j++) {
      int row = tableau.rowOfVariable(j);
      columnStrategy[j] = row < 0 ? Rational.ZERO : Rational.of(tableau.entry(row, rightHandSide), total);
    }
    Rational scaledValue = Rational.of(tableau.determinant(), total);
    return new ZeroSumSolution(scaling.unscale(scaledValue), ExactMixedProfile.of(rowStrategy, columnStrategy));
  }
}
