package org.agora.solvers.dynamics;

import java.util.Arrays;
import org.agora.core.normalform.NormalFormGame;

/**
 * The Blum–Mansour reduction from external to swap regret, with regret matching (default) or Hedge as
 * the external learner: each player runs one copy of the learner per pure strategy and plays the
 * stationary distribution of the Markov matrix whose rows are the copies' recommendations.
 *
 * <p>Update rule for player p with m strategies: copy j holds cumulative regrets
 * R<sub>j</sub>(s) and recommends q<sub>j</sub> proportional to R<sub>j</sub><sup>+</sup> (uniform
 * when zero). The player plays x with x = x Q, Q the matrix of rows q<sub>j</sub>. After the payoff
 * vector u = u<sub>p</sub>(&middot;, x<sub>-p</sub>) is observed, copy j is charged the scaled
 * payoff x(j) u: R<sub>j</sub>(s) += x(j) (u(s) - q<sub>j</sub> &middot; u). With Hedge copies
 * ({@link #overHedge}), q<sub>j</sub> is proportional to exp(&eta; R<sub>j</sub>) instead (the same as
 * exponentiating the cumulative scaled payoffs, the row's constant cancelling). Full-information
 * expected payoffs; deterministic. Averages are uniform; the empirical joint distribution averages
 * the product distributions played.
 *
 * <p>A. Blum and Y. Mansour, "From external to swap regret minimization", <i>Journal of Machine
 * Learning Research</i> 8, 2007 (conference version COLT 2005).
 *
 * <p>Convergence: each player's swap regret is at most the sum of its copies' external regrets,
 * O(range m sqrt(t)) with regret matching (O(range sqrt(t m ln m)) with a well-tuned Hedge rate), so the empirical joint distribution converges to the correlated
 * equilibrium set at rate O(m / sqrt(t)) in its gap.
 *
 * <p>The stationary distribution is found by Gaussian elimination with partial pivoting on
 * x (Q - I) = 0, sum x = 1; if the chain has several closed classes (a near-singular pivot), by power
 * iteration of the lazy chain (Q + I) / 2 from the previous strategy.
 *
 * <p>Complexity: one pass over the payoff tensor plus {@code O(m_p^3)} per player per step,
 * {@code O(profiles * players + sum_p m_p^3)}; no allocation.
 */
public final class SwapRegretMinimizer extends AbstractLearningDynamics {

  private static final double SINGULAR_PIVOT = 1e-12;
  private static final int POWER_ITERATION_LIMIT = 100_000;

  private final double[][] copyRegrets;
  private final double[][] transitions;
  private final double[] matrix;
  private final double[] solution;
  /** Hedge learning rate of the copies; 0 for regret-matching copies. */
  private final double hedgeRate;

  /** The Blum–Mansour swap-regret minimizer over regret-matching copies, starting uniform. */
  public SwapRegretMinimizer(NormalFormGame game) {
    this(game, 0.0);
  }

  /**
   * The Blum–Mansour swap-regret minimizer over Hedge copies with learning rate {@code learningRate}
   * (a value near {@code sqrt(8 ln m / T) / range} suits a horizon T), starting uniform.
   */
  public static SwapRegretMinimizer overHedge(NormalFormGame game, double learningRate) {
    requirePositive("learningRate", learningRate);
    return new SwapRegretMinimizer(game, learningRate);
  }

  private SwapRegretMinimizer(NormalFormGame game, double hedgeRate) {
    super(game);
    this.hedgeRate = hedgeRate;
    int largest = 1;
    this.copyRegrets = new double[players][];
    this.transitions = new double[players][];
    for (int p = 0; p < players; p++) {
      int m = strategyCounts[p];
      largest = Math.max(largest, m);
      copyRegrets[p] = new double[m * m];
      transitions[p] = new double[m * m];
      Arrays.fill(transitions[p], 1.0 / m);
    }
    this.matrix = new double[largest * largest];
    this.solution = new double[largest];
  }

  @Override
  void update(double weight) {
    deviationPayoffs(current, deviation, jointSum, weight);
    for (int p = 0; p < players; p++) {
      int m = strategyCounts[p];
      double[] payoff = deviation[p];
      double[] strategy = current[p];
      double[] regret = copyRegrets[p];
      double[] transition = transitions[p];
      for (int j = 0; j < m; j++) {
        int row = j * m;
        double expected = 0.0;
        for (int s = 0; s < m; s++) {
          expected += transition[row + s] * payoff[s];
        }
        double scale = strategy[j];
        for (int s = 0; s < m; s++) {
          regret[row + s] += scale * (payoff[s] - expected);
        }
        if (hedgeRate > 0.0) {
          exponentialWeights(regret, row, m, transition);
        } else {
          positivePart(regret, row, m, transition);
        }
      }
      stationaryDistribution(transition, m, strategy);
    }
  }

  /** Row {@code row} of {@code transition}: the positive parts of the regrets, uniform if none. */
  private static void positivePart(double[] regret, int row, int m, double[] transition) {
    double positive = 0.0;
    for (int s = 0; s < m; s++) {
      if (regret[row + s] > 0.0) {
        positive += regret[row + s];
      }
    }
    for (int s = 0; s < m; s++) {
      transition[row + s] = positive > 0.0 ? Math.max(0.0, regret[row + s]) / positive : 1.0 / m;
    }
  }

  /** Row {@code row} of {@code transition}: softmax of the learning rate times the regrets. */
  private void exponentialWeights(double[] regret, int row, int m, double[] transition) {
    double max = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < m; s++) {
      max = Math.max(max, regret[row + s]);
    }
    double total = 0.0;
    for (int s = 0; s < m; s++) {
      transition[row + s] = Math.exp(hedgeRate * (regret[row + s] - max));
      total += transition[row + s];
    }
    for (int s = 0; s < m; s++) {
      transition[row + s] /= total;
    }
  }

  /** A copy of player p's recommendation matrix Q, row j being copy j's distribution. */
  public double[][] recommendations(int player) {
    int m = strategyCounts[player];
    double[][] rows = new double[m][];
    for (int j = 0; j < m; j++) {
      rows[j] = Arrays.copyOfRange(transitions[player], j * m, (j + 1) * m);
    }
    return rows;
  }

  /**
   * Writes into {@code strategy} a stationary distribution of the row-stochastic {@code m x m} matrix
   * {@code transition}; {@code strategy} holds the previous one on entry (the power-iteration start).
   */
  private void stationaryDistribution(double[] transition, int m, double[] strategy) {
    if (m == 1) {
      strategy[0] = 1.0;
      return;
    }
    // Equations i < m - 1: sum_k x_k Q[k][i] - x_i = 0; last equation: sum_k x_k = 1.
    for (int i = 0; i < m - 1; i++) {
      for (int k = 0; k < m; k++) {
        matrix[i * m + k] = transition[k * m + i] - (i == k ? 1.0 : 0.0);
      }
      solution[i] = 0.0;
    }
    for (int k = 0; k < m; k++) {
      matrix[(m - 1) * m + k] = 1.0;
    }
    solution[m - 1] = 1.0;
    if (solveInPlace(m)) {
      double total = 0.0;
      for (int k = 0; k < m; k++) {
        double value = Math.max(0.0, solution[k]);
        strategy[k] = value;
        total += value;
      }
      if (total > 0.0) {
        for (int k = 0; k < m; k++) {
          strategy[k] /= total;
        }
        return;
      }
      Arrays.fill(strategy, 0, m, 1.0 / m);
    }
    lazyPowerIteration(transition, m, strategy);
  }

  /** Gaussian elimination with partial pivoting of matrix x = solution; false if near-singular. */
  private boolean solveInPlace(int m) {
    for (int column = 0; column < m; column++) {
      int pivot = column;
      for (int row = column + 1; row < m; row++) {
        if (Math.abs(matrix[row * m + column]) > Math.abs(matrix[pivot * m + column])) {
          pivot = row;
        }
      }
      if (Math.abs(matrix[pivot * m + column]) < SINGULAR_PIVOT) {
        return false;
      }
      if (pivot != column) {
        for (int k = 0; k < m; k++) {
          double swap = matrix[pivot * m + k];
          matrix[pivot * m + k] = matrix[column * m + k];
          matrix[column * m + k] = swap;
        }
        double swap = solution[pivot];
        solution[pivot] = solution[column];
        solution[column] = swap;
      }
      double diagonal = matrix[column * m + column];
      for (int row = column + 1; row < m; row++) {
        double factor = matrix[row * m + column] / diagonal;
        if (factor != 0.0) {
          for (int k = column; k < m; k++) {
            matrix[row * m + k] -= factor * matrix[column * m + k];
          }
          solution[row] -= factor * solution[column];
        }
      }
    }
    for (int row = m - 1; row >= 0; row--) {
      double value = solution[row];
      for (int k = row + 1; k < m; k++) {
        value -= matrix[row * m + k] * solution[k];
      }
      solution[row] = value / matrix[row * m + row];
    }
    return true;
  }

  /** Iterates x &larr; x (Q + I) / 2 from {@code strategy} until it stops moving. */
  private void lazyPowerIteration(double[] transition, int m, double[] strategy) {
    for (int round = 0; round < POWER_ITERATION_LIMIT; round++) {
      double change = 0.0;
      for (int i = 0; i < m; i++) {
        double value = 0.0;
        for (int k = 0; k < m; k++) {
          value += strategy[k] * transition[k * m + i];
        }
        solution[i] = 0.5 * (value + strategy[i]);
      }
      double total = 0.0;
      for (int i = 0; i < m; i++) {
        total += solution[i];
      }
      for (int i = 0; i < m; i++) {
        double value = solution[i] / total;
        change += Math.abs(value - strategy[i]);
        strategy[i] = value;
      }
      if (change < 1e-14) {
        return;
      }
    }
  }
}
