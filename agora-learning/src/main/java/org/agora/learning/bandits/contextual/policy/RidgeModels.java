package org.agora.learning.bandits.contextual.policy;

import java.util.Arrays;

/**
 * One ridge regression per arm, kept as in Algorithm 1 of Li et al. (WWW 2010): {@code A_k = lambda I
 * + sum x x^T} over the rounds arm k was pulled, {@code b_k = sum r x}, and the estimate {@code
 * theta_k = A_k^-1 b_k}. Only the inverse is stored, updated by the Sherman–Morrison formula {@code
 * A^-1 <- A^-1 - (A^-1 x)(A^-1 x)^T / (1 + x^T A^-1 x)} (A is symmetric; the update writes each
 * upper-triangle entry and its mirror, so the stored inverse stays exactly symmetric), so an update
 * costs O(d^2) and never inverts a matrix. All matrices live in one flat {@code double[]} of K d^2 entries (arm k's
 * row i, column j at {@code k d^2 + i d + j}); nothing is allocated after construction.
 */
public final class RidgeModels {

  private final int arms;
  private final int dimension;
  private final double lambda;
  private final double[] inverses;
  private final double[] targets;
  private final double[] estimates;
  private final double[] scratch;

  /**
   * @param lambda the ridge regulariser, positive (1 in the paper)
   */
  public RidgeModels(int arms, int dimension, double lambda) {
    if (!(lambda > 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException("lambda must be finite and > 0, got " + lambda);
    }
    if ((long) arms * dimension * dimension > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("arms * dimension^2 = " + (long) arms * dimension * dimension
          + " is too large; allowed: at most " + (Integer.MAX_VALUE - 8));
    }
    this.arms = arms;
    this.dimension = dimension;
    this.lambda = lambda;
    inverses = new double[arms * dimension * dimension];
    targets = new double[arms * dimension];
    estimates = new double[arms * dimension];
    scratch = new double[dimension];
    reset();
  }

  /** Back to {@code A_k = lambda I}, {@code b_k = 0} for every arm. */
  public void reset() {
    Arrays.fill(inverses, 0);
    Arrays.fill(targets, 0);
    Arrays.fill(estimates, 0);
    int square = dimension * dimension;
    for (int k = 0; k < arms; k++) {
      for (int i = 0; i < dimension; i++) {
        inverses[k * square + i * dimension + i] = 1 / lambda;
      }
    }
  }

  /** Adds the observation {@code (x, reward)} to arm {@code arm}'s regression. O(d^2). */
  public void update(int arm, double[] x, double reward) {
    int d = dimension;
    int base = arm * d * d;
    double[] inverse = inverses;
    double[] u = scratch;
    double quadratic = 0;
    for (int i = 0; i < d; i++) {
      double total = 0;
      int row = base + i * d;
      for (int j = 0; j < d; j++) {
        total += inverse[row + j] * x[j];
      }
      u[i] = total;
      quadratic += x[i] * total;
    }
    double factor = 1 / (1 + quadratic);
    for (int i = 0; i < d; i++) {
      double ui = u[i] * factor;
      int row = base + i * d;
      for (int j = i; j < d; j++) {
        double value = inverse[row + j] - ui * u[j];
        inverse[row + j] = value;
        inverse[base + j * d + i] = value;
      }
    }
    int offset = arm * d;
    for (int j = 0; j < d; j++) {
      targets[offset + j] += reward * x[j];
    }
    for (int i = 0; i < d; i++) {
      double total = 0;
      int row = base + i * d;
      for (int j = 0; j < d; j++) {
        total += inverse[row + j] * targets[offset + j];
      }
      estimates[offset + i] = total;
    }
  }

  /** The estimated mean {@code theta_k . x}. O(d). */
  public double estimate(int arm, double[] x) {
    int offset = arm * dimension;
    double total = 0;
    for (int j = 0; j < dimension; j++) {
      total += estimates[offset + j] * x[j];
    }
    return total;
  }

  /**
   * The quadratic form {@code x^T A_k^-1 x}, the squared confidence width up to alpha: d (d + 1) / 2
   * multiply-adds over the upper triangle (the inverse is kept exactly symmetric), with two independent
   * accumulators per row so the additions do not wait on each other.
   */
  public double quadraticForm(int arm, double[] x) {
    int d = dimension;
    int base = arm * d * d;
    double[] inverse = inverses;
    double total = 0;
    for (int i = 0; i < d; i++) {
      int start = base + i * d;
      double even = 0;
      double odd = 0;
      int j = i + 1;
      for (; j + 1 < d; j += 2) {
        even += inverse[start + j] * x[j];
        odd += inverse[start + j + 1] * x[j + 1];
      }
      if (j < d) {
        even += inverse[start + j] * x[j];
      }
      double xi = x[i];
      total += xi * (inverse[start + i] * xi + 2 * (even + odd));
    }
    return total;
  }

  /** A copy of {@code A_k^-1}, row-major (for tests and inspection). */
  public double[] inverse(int arm) {
    int square = dimension * dimension;
    return Arrays.copyOfRange(inverses, arm * square, (arm + 1) * square);
  }

  /** A copy of the estimate {@code theta_k = A_k^-1 b_k}. */
  public double[] estimate(int arm) {
    return Arrays.copyOfRange(estimates, arm * dimension, (arm + 1) * dimension);
  }

  /** The number of arms. */
  public int armCount() {
    return arms;
  }

  /** The dimension d. */
  public int dimension() {
    return dimension;
  }

  /** The regulariser. */
  public double lambda() {
    return lambda;
  }
}
