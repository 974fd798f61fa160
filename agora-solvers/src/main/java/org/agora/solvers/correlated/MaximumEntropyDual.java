package org.agora.solvers.correlated;

import java.util.Arrays;

/**
 * Maximises the Shannon entropy {@code -sum mu log mu} of a distribution over a finite set subject
 * to linear constraints {@code a_k . mu >= b_k} (or {@code = b_k}) by solving the convex dual.
 *
 * <p>Method. The Lagrangian dual of {@code max H(mu)} over the simplex is
 * {@code min g(lambda) = log sum_j exp(sum_k lambda_k a_kj) - lambda . b} with {@code lambda >= 0}
 * for inequalities and free for equalities; the primal optimum has the Gibbs form
 * {@code mu_j proportional to exp(sum_k lambda_k a_kj)} (Jaynes, "Information theory and statistical
 * mechanics", Physical Review 106(4), 1957; Csiszar, "I-divergence geometry of probability
 * distributions and minimization problems", Annals of Probability 3(1), 1975). Its gradient is
 * {@code A mu - b} (the constraint slacks) and its Hessian the covariance of the rows under mu.
 * The bound-constrained dual is minimised by a projected Newton method (Bertsekas, "Projected
 * Newton methods for optimization problems with simple constraints", SIAM Journal on Control and
 * Optimization 20(2), 1982): multipliers at their bound with a positive gradient are held by a
 * projected gradient step, the others take a Newton step on the reduced (slightly regularised)
 * Hessian, and an Armijo backtracking line search along the projection arc keeps descent.
 *
 * <p>Preconditions, enforced by the caller: the distribution is restricted to the profiles that
 * some feasible point puts positive weight on, so a strictly positive feasible point exists, the
 * dual optimum is finite and strong duality holds; rows are scaled to largest coefficient 1.
 *
 * <p>Tolerance: stops when the projected gradient (for every k, the slack if the multiplier is
 * positive or free, its negative part otherwise) is at most {@link #GRADIENT_TOLERANCE}, or when the
 * line search can no longer decrease g in floating point. Feasibility is then verified by the caller.
 *
 * <p>Cost per iteration: {@code O(n m^2 + m^3)} for n support profiles and m constraints; Newton's
 * method typically needs a few dozen iterations.
 *
 * <p>Public so that other maximum-entropy selections (the maximum-entropy Nash equilibrium of a
 * zero-sum game, {@link org.agora.solvers.nash.MaximumEntropyZeroSumSolver}) share it.
 */
public final class MaximumEntropyDual {

  /** Stopping tolerance on the projected dual gradient (normalised rows). */
  static final double GRADIENT_TOLERANCE = 1e-12;

  /** Iteration cap. */
  static final int MAXIMUM_ITERATIONS = 500;

  private final double[][] rows;
  private final double[] rightHandSides;
  private final boolean[] equality;
  private final int size;

  private double[] lambda;
  private double[] mu;
  private double[] gradient;
  private double value;

  private MaximumEntropyDual(double[][] rows, double[] rightHandSides, boolean[] equality, int size) {
    this.rows = rows;
    this.rightHandSides = rightHandSides;
    this.equality = equality;
    this.size = size;
  }

  /**
   * The maximum-entropy distribution over {@code size} points. The caller meets the preconditions
   * above (a strictly positive feasible point; rows scaled to largest coefficient 1) and verifies
   * feasibility of the result.
   *
   * @param rows constraint coefficients, {@code rows[k][j]}
   * @param rightHandSides {@code b_k}
   * @param equality whether row k is an equality (otherwise {@code >=})
   */
  public static double[] maximise(double[][] rows, double[] rightHandSides, boolean[] equality, int size) {
    MaximumEntropyDual dual = new MaximumEntropyDual(rows, rightHandSides, equality, size);
    dual.run();
    return dual.mu;
  }

  private void run() {
    int m = rows.length;
    lambda = new double[m];
    evaluate(lambda);
    for (int iteration = 0; iteration < MAXIMUM_ITERATIONS; iteration++) {
      double residual = projectedGradientNorm();
      if (residual <= GRADIENT_TOLERANCE) {
        return;
      }
      double threshold = Math.min(1e-6, residual);
      int[] free = new int[m];
      int freeCount = 0;
      double[] direction = new double[m];
      for (int k = 0; k < m; k++) {
        if (!equality[k] && lambda[k] <= threshold && gradient[k] > 0.0) {
          direction[k] = -gradient[k];
        } else {
          free[freeCount++] = k;
        }
      }
      double[] newton = newtonStep(Arrays.copyOf(free, freeCount));
      for (int i = 0; i < freeCount; i++) {
        direction[free[i]] = newton[i];
      }
      if (!lineSearch(direction)) {
        return;
      }
    }
  }

  /** Largest violation of the dual optimality conditions. */
  private double projectedGradientNorm() {
    double norm = 0.0;
    for (int k = 0; k < rows.length; k++) {
      double residual = equality[k] ? Math.abs(gradient[k]) : Math.abs(lambda[k] - Math.max(0.0, lambda[k] - gradient[k]));
      norm = Math.max(norm, residual);
    }
    return norm;
  }

  /** Solves {@code (H_FF + delta I) d = -gradient_F}. */
  private double[] newtonStep(int[] free) {
    int f = free.length;
    double[][] hessian = new double[f][f];
    double[] expected = new double[f];
    for (int i = 0; i < f; i++) {
      expected[i] = gradient[free[i]] + rightHandSides[free[i]];
    }
    for (int j = 0; j < size; j++) {
      double weight = mu[j];
      if (weight == 0.0) {
        continue;
      }
      for (int a = 0; a < f; a++) {
        double left = weight * rows[free[a]][j];
        if (left == 0.0) {
          continue;
        }
        for (int b = 0; b <= a; b++) {
          hessian[a][b] += left * rows[free[b]][j];
        }
      }
    }
    double largest = 0.0;
    for (int a = 0; a < f; a++) {
      for (int b = 0; b <= a; b++) {
        hessian[a][b] -= expected[a] * expected[b];
      }
      largest = Math.max(largest, hessian[a][a]);
    }
    double[] right = new double[f];
    for (int a = 0; a < f; a++) {
      right[a] = -gradient[free[a]];
    }
    double regularisation = 1e-12 * Math.max(largest, 1e-12);
    while (true) {
      double[] solution = Cholesky.solve(hessian, regularisation, right);
      if (solution != null) {
        return solution;
      }
      regularisation *= 100.0;
    }
  }

  /** Armijo backtracking along the projection arc; false when no decrease is possible. */
  private boolean lineSearch(double[] direction) {
    double[] oldLambda = lambda;
    double[] oldMu = mu;
    double[] oldGradient = gradient;
    double oldValue = value;
    double step = 1.0;
    for (int attempt = 0; attempt < 60; attempt++) {
      double[] candidate = new double[oldLambda.length];
      double predicted = 0.0;
      for (int k = 0; k < candidate.length; k++) {
        double moved = oldLambda[k] + step * direction[k];
        candidate[k] = equality[k] ? moved : Math.max(0.0, moved);
        predicted += oldGradient[k] * (candidate[k] - oldLambda[k]);
      }
      evaluate(candidate);
      if (value <= oldValue + 1e-4 * predicted && predicted < 0.0) {
        lambda = candidate;
        return true;
      }
      step *= 0.5;
    }
    lambda = oldLambda;
    mu = oldMu;
    gradient = oldGradient;
    value = oldValue;
    return false;
  }

  /** Sets mu, gradient and value at {@code point} (log-sum-exp shifted for stability). */
  private void evaluate(double[] point) {
    double[] exponents = new double[size];
    for (int k = 0; k < rows.length; k++) {
      double multiplier = point[k];
      if (multiplier != 0.0) {
        double[] row = rows[k];
        for (int j = 0; j < size; j++) {
          exponents[j] += multiplier * row[j];
        }
      }
    }
    double largest = Double.NEGATIVE_INFINITY;
    for (double exponent : exponents) {
      largest = Math.max(largest, exponent);
    }
    double partition = 0.0;
    double[] weights = new double[size];
    for (int j = 0; j < size; j++) {
      weights[j] = Math.exp(exponents[j] - largest);
      partition += weights[j];
    }
    for (int j = 0; j < size; j++) {
      weights[j] /= partition;
    }
    double[] slopes = new double[rows.length];
    double linear = 0.0;
    for (int k = 0; k < rows.length; k++) {
      double sum = 0.0;
      double[] row = rows[k];
      for (int j = 0; j < size; j++) {
        sum += row[j] * weights[j];
      }
      slopes[k] = sum - rightHandSides[k];
      linear += point[k] * rightHandSides[k];
    }
    mu = weights;
    gradient = slopes;
    value = largest + Math.log(partition) - linear;
  }
}
