package org.agora.solvers.nash;

import java.util.ArrayList;
import java.util.List;
import org.agora.solvers.correlated.MaximumEntropyDual;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The maximum-entropy Nash equilibrium of a two-player zero-sum game given as a flat matrix: for
 * each player, the optimal (maximin or minimax) strategy of largest Shannon entropy.
 *
 * <p>The equilibria of a zero-sum game form the product of the two players' optimal strategy sets,
 * each a polytope {@code P = {p in simplex : p . A_j >= v for every column j}} (for the row
 * player; the column player's is the same on {@code -A^T}); the entropy of a product is the sum of
 * the entropies, so the maximum-entropy equilibrium is the pair of maximum-entropy points, and it is
 * unique because entropy is strictly concave. This is the equilibrium that Nash averaging uses
 * (D. Balduzzi, K. Tuyls, J. Perolat and T. Graepel, "Re-evaluating Evaluation", NeurIPS 2018).
 *
 * <p>Method, per player: (1) the value v by the maximin LP (ojAlgo simplex); (2) the support of P,
 * the strategies some optimal strategy uses: for each strategy not already used by the first
 * optimal point, an LP maximising its weight over P relaxed by {@code epsilon = 1e-11 * scale}
 * (scale = the largest absolute payoff), kept when that weight exceeds
 * {@link #SUPPORT_THRESHOLD}; (3) the entropy maximised over P (relaxed by epsilon) restricted to
 * the support, by the projected dual Newton method of {@link MaximumEntropyDual} (the Gibbs form
 * is strictly positive, so the support must be found first); (4) an exactness test: the point must
 * guarantee {@code v - }{@link #VERIFICATION_TOLERANCE}{@code  * scale} against every column, or
 * the solve fails with {@link IllegalStateException}. Strategies outside the support get exactly
 * zero weight.
 *
 * <p>Departures: a strategy whose exclusion from every equilibrium rests on a payoff gap smaller
 * than about {@code epsilon / SUPPORT_THRESHOLD} (1e-5 of the payoff scale) is treated as part of
 * the support. Complexity: up to {@code rows + columns + 2} LPs of the game's size, then
 * {@code O(n c^2 + c^3)} per Newton iteration for support n and c constraints.
 */
public final class MaximumEntropyZeroSumSolver {

  /** Weight above which a strategy's largest weight over the optimal set puts it in the support. */
  public static final double SUPPORT_THRESHOLD = 1e-6;

  /** Relative tolerance of the exactness test on the returned strategies. */
  public static final double VERIFICATION_TOLERANCE = 1e-8;

  private static final double RELAXATION = 1e-11;

  /** A solver; it keeps no state between calls. */
  public MaximumEntropyZeroSumSolver() {}

  /**
   * The maximum-entropy equilibrium.
   *
   * @param value the row player's equilibrium payoff
   * @param rowStrategy the row player's maximum-entropy maximin strategy
   * @param columnStrategy the column player's maximum-entropy minimax strategy
   */
  public record Solution(double value, double[] rowStrategy, double[] columnStrategy) {}

  /**
   * Solves the zero-sum game whose row player receives {@code matrix[i * columns + j]} (and the
   * column player its negative).
   *
   * @throws IllegalArgumentException if the sizes do not match or a payoff is not finite
   * @throws IllegalStateException if an LP fails or the result fails the exactness test
   */
  public Solution solve(double[] matrix, int rows, int columns) {
    check(matrix, rows, columns);
    double[] row = maximumEntropyMaximin(matrix, rows, columns);
    double[] negatedTranspose = new double[matrix.length];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        negatedTranspose[j * rows + i] = -matrix[i * columns + j];
      }
    }
    double[] column = maximumEntropyMaximin(negatedTranspose, columns, rows);
    return new Solution(guaranteed(matrix, rows, columns, row), row, column);
  }

  /**
   * The row player's maximum-entropy maximin strategy of the zero-sum game {@code matrix} (the
   * column player's strategy is not computed).
   */
  public double[] rowStrategy(double[] matrix, int rows, int columns) {
    check(matrix, rows, columns);
    return maximumEntropyMaximin(matrix, rows, columns);
  }

  private static void check(double[] matrix, int rows, int columns) {
    if (rows < 1 || columns < 1) {
      throw new IllegalArgumentException("a zero-sum game needs at least one strategy per player, got " + rows + " x "
          + columns);
    }
    if (matrix.length != rows * columns) {
      throw new IllegalArgumentException("the matrix has " + matrix.length + " entries, expected " + rows + " x "
          + columns + " = " + rows * columns);
    }
    for (int k = 0; k < matrix.length; k++) {
      if (!Double.isFinite(matrix[k])) {
        throw new IllegalArgumentException("payoff (" + k / columns + ", " + k % columns + ") is " + matrix[k]
            + "; payoffs must be finite");
      }
    }
  }

  /** The smallest payoff {@code strategy} earns against any column. */
  private static double guaranteed(double[] matrix, int rows, int columns, double[] strategy) {
    double worst = Double.POSITIVE_INFINITY;
    for (int j = 0; j < columns; j++) {
      double payoff = 0.0;
      for (int i = 0; i < rows; i++) {
        payoff += strategy[i] * matrix[i * columns + j];
      }
      worst = Math.min(worst, payoff);
    }
    return worst;
  }

  private static double[] maximumEntropyMaximin(double[] matrix, int rows, int columns) {
    double scale = 0.0;
    for (double payoff : matrix) {
      scale = Math.max(scale, Math.abs(payoff));
    }
    if (scale == 0.0) {
      double[] uniform = new double[rows];
      java.util.Arrays.fill(uniform, 1.0 / rows);
      return uniform;
    }
    double[] first = linearProgram(matrix, rows, columns, -1, Double.NaN);
    double value = guaranteed(matrix, rows, columns, first);
    double floor = value - RELAXATION * scale;
    boolean[] support = new boolean[rows];
    for (int i = 0; i < rows; i++) {
      support[i] = first[i] > SUPPORT_THRESHOLD;
    }
    for (int i = 0; i < rows; i++) {
      if (!support[i]) {
        double[] widest = linearProgram(matrix, rows, columns, i, floor);
        for (int k = 0; k < rows; k++) {
          support[k] |= widest[k] > SUPPORT_THRESHOLD;
        }
      }
    }
    int[] points = new int[rows];
    int size = 0;
    for (int i = 0; i < rows; i++) {
      if (support[i]) {
        points[size++] = i;
      }
    }
    List<double[]> constraintRows = new ArrayList<>();
    List<Double> rightHandSides = new ArrayList<>();
    for (int j = 0; j < columns; j++) {
      // p . (A_j - v) >= -epsilon on the support, scaled to largest coefficient 1
      double[] coefficients = new double[size];
      double largest = 0.0;
      for (int k = 0; k < size; k++) {
        coefficients[k] = matrix[points[k] * columns + j] - value;
        largest = Math.max(largest, Math.abs(coefficients[k]));
      }
      if (largest <= RELAXATION * scale) {
        continue; // the column earns v against every supported strategy
      }
      for (int k = 0; k < size; k++) {
        coefficients[k] /= largest;
      }
      constraintRows.add(coefficients);
      rightHandSides.add(-RELAXATION * scale / largest);
    }
    double[] onSupport;
    if (size == 1 || constraintRows.isEmpty()) {
      onSupport = new double[size];
      java.util.Arrays.fill(onSupport, 1.0 / size);
    } else {
      double[] rightHandSideArray = new double[rightHandSides.size()];
      for (int k = 0; k < rightHandSideArray.length; k++) {
        rightHandSideArray[k] = rightHandSides.get(k);
      }
      onSupport = MaximumEntropyDual.maximise(constraintRows.toArray(new double[0][]), rightHandSideArray,
          new boolean[rightHandSideArray.length], size);
    }
    double[] strategy = new double[rows];
    double total = 0.0;
    for (int k = 0; k < size; k++) {
      total += onSupport[k];
    }
    for (int k = 0; k < size; k++) {
      strategy[points[k]] = onSupport[k] / total;
    }
    double achieved = guaranteed(matrix, rows, columns, strategy);
    if (achieved < value - VERIFICATION_TOLERANCE * scale) {
      throw new IllegalStateException("the maximum-entropy strategy guarantees " + achieved + ", below the value "
          + value + " by more than " + VERIFICATION_TOLERANCE + " x " + scale);
    }
    return strategy;
  }

  /**
   * With {@code target < 0}: a maximin strategy (maximise the guaranteed payoff t). Otherwise: the
   * strategy of largest weight on {@code target} among those guaranteeing {@code floor}.
   */
  private static double[] linearProgram(double[] matrix, int rows, int columns, int target, double floor) {
    // Payoffs shifted to at least 1 (a constant shift moves every guarantee by the same amount), so
    // that the guarantee variable is nonnegative: ojAlgo reports a free one as INVALID on some inputs.
    double minimum = Double.POSITIVE_INFINITY;
    for (double payoff : matrix) {
      minimum = Math.min(minimum, payoff);
    }
    double shift = 1.0 - minimum;
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] weights = new Variable[rows];
    for (int i = 0; i < rows; i++) {
      weights[i] = model.addVariable("p" + i).lower(0.0).upper(1.0).weight(i == target ? 1.0 : 0.0);
    }
    Variable guarantee = target < 0 ? model.addVariable("t").lower(0.0).weight(1.0) : null;
    Expression total = model.addExpression("total").level(1.0);
    for (Variable weight : weights) {
      total.set(weight, 1.0);
    }
    for (int j = 0; j < columns; j++) {
      Expression column = model.addExpression("column" + j);
      for (int i = 0; i < rows; i++) {
        column.set(weights[i], matrix[i * columns + j] + shift);
      }
      if (guarantee != null) {
        column.set(guarantee, -1.0);
        column.lower(0.0);
      } else {
        column.lower(floor + shift);
      }
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isFeasible()) {
      throw new IllegalStateException("the zero-sum LP stopped without a solution: " + result.getState());
    }
    double[] strategy = new double[rows];
    double sum = 0.0;
    for (int i = 0; i < rows; i++) {
      strategy[i] = Math.max(0.0, result.doubleValue(i));
      sum += strategy[i];
    }
    for (int i = 0; i < rows; i++) {
      strategy[i] /= sum;
    }
    return strategy;
  }
}
