package org.agora.solvers.nash;

import java.util.IdentityHashMap;
import java.util.Map;
import org.agora.core.GameType;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Value and optimal (maximin) strategies of a two-player zero-sum game by linear programming, in
 * floating point with ojAlgo's simplex solver.
 *
 * <p>Formulation (von Neumann's minimax theorem as an LP; see G. B. Dantzig, "A proof of the
 * equivalence of the programming problem and the game problem", in T. C. Koopmans (ed.),
 * <i>Activity Analysis of Production and Allocation</i>, Wiley, 1951): shift the row player's
 * matrix A by a constant c so every entry is at least 1 (the value becomes positive). The row player
 * solves {@code min sum u} subject to {@code A'^T u >= 1, u >= 0}; then {@code v' = 1 / sum u} and
 * {@code x = v' u}. The column player solves the dual {@code max sum w} subject to
 * {@code A' w <= 1, w >= 0}; {@code y = w / sum w}. The value is {@code v' - c}. The column
 * strategy is read from the row program's constraint multipliers when they are reported and verified
 * (every row earns at most v' against them, within 1e-9 relative); otherwise the column program is
 * solved as well.
 *
 * <p>Constant-sum games are accepted: the column player's payoff is the constant minus the row
 * player's, so the equilibria are those of the zero-sum game with matrix A, and the reported value
 * is the row player's payoff (the column player gets the constant minus it). So is a game where every
 * payoff is the same number (classified as identical-interest, but also constant-sum).
 *
 * <p>Complexity: one LP of size m x n (two when the multipliers fail verification); simplex is exponential in the worst case but fast in
 * practice (a 200 x 200 game takes a few hundred milliseconds warm). Departures: none; accuracy is
 * that of double-precision simplex (about 1e-12 relative on random games). The exact rational
 * version is a separate solver.
 */
public final class ZeroSumLpSolver {

  /** A solver; it keeps no state between calls. */
  public ZeroSumLpSolver() {}

  /**
   * The game's value for the row player and a pair of optimal strategies.
   *
   * @param value the row player's equilibrium payoff
   * @param strategies the row player's maximin and the column player's minimax strategy
   */
  public record ZeroSumSolution(double value, MixedProfile strategies) {}

  /**
   * Solves a two-player zero-sum (or constant-sum) game.
   *
   * @throws IllegalArgumentException if the game does not have two players or is not zero-sum or
   *     constant-sum
   * @throws IllegalStateException if the LP solver does not report an optimal solution
   */
  public ZeroSumSolution solve(NormalFormGame game) {
    if (game.playerCount() != 2) {
      throw new IllegalArgumentException("the zero-sum LP needs a two-player game; this game has "
          + game.playerCount() + " players");
    }
    GameType.Utility utility = game.type().utility();
    boolean constantGame = game.minUtility() == game.maxUtility();
    if (utility != GameType.Utility.ZERO_SUM && utility != GameType.Utility.CONSTANT_SUM && !constantGame) {
      throw new IllegalArgumentException("the zero-sum LP needs a zero-sum or constant-sum game; '" + game.name()
          + "' is " + utility);
    }
    int rows = game.strategyCount(0);
    int columns = game.strategyCount(1);
    double minimum = Double.POSITIVE_INFINITY;
    for (int profile = 0; profile < rows * columns; profile++) {
      minimum = Math.min(minimum, game.payoff(0, profile));
    }
    double shift = 1.0 - minimum;
    double[][] shifted = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        shifted[i][j] = game.payoff(0, i * columns + j) + shift;
      }
    }
    double[] column = new double[columns];
    double[] row = solveProgram(shifted, rows, columns, true, column);
    double rowTotal = normalise(row);
    double shiftedValue = 1.0 / rowTotal;
    if (!guarantees(shifted, column, shiftedValue)) {
      column = solveProgram(shifted, rows, columns, false, null);
    }
    double columnTotal = normalise(column);
    // Both programs have the optimal objective 1 / v'; average the two to spread rounding.
    double value = 2.0 / (rowTotal + columnTotal) - shift;
    return new ZeroSumSolution(value, MixedProfile.of(row, column));
  }

  /**
   * True when the nonnegative dual weights, normalised, hold every row of the shifted matrix to at
   * most {@code shiftedValue} (within {@code 1e-9} relative): then they are an optimal column strategy.
   */
  private static boolean guarantees(double[][] shifted, double[] weights, double shiftedValue) {
    double total = 0.0;
    for (double weight : weights) {
      total += weight;
    }
    if (!(total > 0.0)) {
      return false;
    }
    for (double[] row : shifted) {
      double payoff = 0.0;
      for (int j = 0; j < row.length; j++) {
        payoff += row[j] * weights[j];
      }
      if (payoff / total > shiftedValue * (1 + 1e-9)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The row player's program ({@code min sum u, A'^T u >= 1}) when {@code rowPlayer}, otherwise the
   * column player's ({@code max sum w, A' w <= 1}). Returns the optimal variables and, when
   * {@code duals} is not null, writes the constraints' multipliers into it (zero where the solver
   * reports none).
   */
  private static double[] solveProgram(double[][] matrix, int rows, int columns, boolean rowPlayer, double[] duals) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    int variables = rowPlayer ? rows : columns;
    int constraints = rowPlayer ? columns : rows;
    Variable[] weights = new Variable[variables];
    Map<Object, Integer> constraintIndex = new IdentityHashMap<>();
    for (int v = 0; v < variables; v++) {
      weights[v] = model.addVariable("w" + v).lower(0).weight(1);
    }
    for (int c = 0; c < constraints; c++) {
      Expression constraint = model.addExpression("c" + c);
      constraintIndex.put(constraint, c);
      if (rowPlayer) {
        constraint.lower(1);
      } else {
        constraint.upper(1);
      }
      for (int v = 0; v < variables; v++) {
        constraint.set(weights[v], rowPlayer ? matrix[v][c] : matrix[c][v]);
      }
    }
    Optimisation.Result result = rowPlayer ? model.minimise() : model.maximise();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException("the LP solver stopped without an optimal solution: " + result.getState());
    }
    if (duals != null) {
      for (var entry : result.getDualValues()) {
        Integer index = constraintIndex.get(entry.getKey().getKey());
        if (index != null) {
          duals[index] = Math.max(0.0, entry.doubleValue());
        }
      }
    }
    double[] solution = new double[variables];
    for (int v = 0; v < variables; v++) {
      solution[v] = Math.max(0.0, result.doubleValue(v));
    }
    return solution;
  }

  /** Divides by the sum in place and returns the sum. */
  private static double normalise(double[] weights) {
    double total = 0.0;
    for (double weight : weights) {
      total += weight;
    }
    if (!(total > 0.0)) {
      throw new IllegalStateException("the LP returned a zero solution");
    }
    for (int s = 0; s < weights.length; s++) {
      weights[s] /= total;
    }
    return total;
  }
}
