package org.agora.learning.bandits.contextual.policy;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.learning.bandits.contextual.ContextualBanditPolicy;

/**
 * Thompson sampling for linear payoffs, after Algorithm 1 of S. Agrawal and N. Goyal, "Thompson
 * Sampling for Contextual Bandits with Linear Payoffs", ICML 2013: keep {@code B = lambda I + sum x
 * x^T}, {@code f = sum r x} and {@code mu = B^-1 f}; each round sample {@code theta~ ~ N(mu, v^2 B^-1)}
 * and pull the arm maximising {@code theta~ . x}. With {@code v = R sqrt(24 d ln(1/delta) / epsilon)}
 * the paper proves regret O~(d^2 sqrt(T) / sqrt(epsilon)); smaller v (an option) works better in
 * practice.
 *
 * <p>Departures: the paper keeps one parameter shared by all arms, each arm having its own features;
 * this class keeps one posterior per arm over the whole context (the disjoint model of LinUCB's
 * Algorithm 1), which is well specified on both the disjoint problem and the shared one whose context
 * holds the arms' features side by side, and samples one theta~ per arm per round. B starts at
 * {@code lambda I} (the paper: I).
 *
 * <p>Sampling: the class <b>maintains</b> the lower Cholesky factor L of each arm's B ({@code B = L
 * L^T}) by a rank-one Cholesky update (Golub and Van Loan, Matrix Computations, section 6.5.4) when the
 * arm is pulled, O(d^2). Then {@code theta~ = mu + v L^-T g} with g standard normal has covariance
 * {@code v^2 L^-T L^-1 = v^2 B^-1}; {@code L^-T g} is one back substitution, O(d^2), and {@code mu}
 * is recomputed after each update by two triangular solves. A round costs O(K d^2) and d K Gaussian
 * draws; nothing is allocated.
 */
public final class LinearThompsonSampling implements ContextualBanditPolicy {

  private final int arms;
  private final int dimension;
  private final double v;
  private final double lambda;
  private final RandomGenerator random;
  private final double[] factors;
  private final double[] targets;
  private final double[] means;
  private final double[] work;
  private final double[] sample;

  /**
   * @param v posterior scale, at least 0 (0 is greedy on the ridge estimate)
   * @param lambda ridge regulariser, positive
   * @param random the source of the posterior samples
   */
  public LinearThompsonSampling(int armCount, int dimension, double v, double lambda, RandomGenerator random) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("v must be finite and >= 0, got " + v);
    }
    if (!(lambda > 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException("lambda must be finite and > 0, got " + lambda);
    }
    if ((long) armCount * dimension * dimension > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("arms * dimension^2 = " + (long) armCount * dimension * dimension
          + " is too large; allowed: at most " + (Integer.MAX_VALUE - 8));
    }
    this.arms = armCount;
    this.dimension = dimension;
    this.v = v;
    this.lambda = lambda;
    this.random = random;
    factors = new double[armCount * dimension * dimension];
    targets = new double[armCount * dimension];
    means = new double[armCount * dimension];
    work = new double[dimension];
    sample = new double[dimension];
    reset();
  }

  @Override
  public int armCount() {
    return arms;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public void reset() {
    Arrays.fill(factors, 0);
    Arrays.fill(targets, 0);
    Arrays.fill(means, 0);
    double root = Math.sqrt(lambda);
    int square = dimension * dimension;
    for (int k = 0; k < arms; k++) {
      for (int i = 0; i < dimension; i++) {
        factors[k * square + i * dimension + i] = root;
      }
    }
  }

  @Override
  public int choose(long round, double[] context) {
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < arms; arm++) {
      double value = sampledValue(arm, context);
      if (value > bestValue) {
        bestValue = value;
        best = arm;
      }
    }
    return best;
  }

  /** Draws theta~ for {@code arm} and returns {@code theta~ . x}. O(d^2). */
  private double sampledValue(int arm, double[] x) {
    int d = dimension;
    int base = arm * d * d;
    int offset = arm * d;
    double[] z = sample;
    for (int i = 0; i < d; i++) {
      z[i] = random.nextGaussian();
    }
    // Solve L^T z' = z in place: L^T is upper triangular with (L^T)[i][j] = L[j][i].
    for (int i = d - 1; i >= 0; i--) {
      double total = z[i];
      for (int j = i + 1; j < d; j++) {
        total -= factors[base + j * d + i] * z[j];
      }
      z[i] = total / factors[base + i * d + i];
    }
    double value = 0;
    for (int j = 0; j < d; j++) {
      value += (means[offset + j] + v * z[j]) * x[j];
    }
    return value;
  }

  @Override
  public void update(int arm, double[] context, double reward) {
    int d = dimension;
    int base = arm * d * d;
    int offset = arm * d;
    double[] x = work;
    System.arraycopy(context, 0, x, 0, d);
    for (int k = 0; k < d; k++) {
      int diagonal = base + k * d + k;
      double lkk = factors[diagonal];
      double r = Math.sqrt(lkk * lkk + x[k] * x[k]);
      double c = r / lkk;
      double s = x[k] / lkk;
      factors[diagonal] = r;
      for (int i = k + 1; i < d; i++) {
        int index = base + i * d + k;
        double updated = (factors[index] + s * x[i]) / c;
        factors[index] = updated;
        x[i] = c * x[i] - s * updated;
      }
    }
    for (int j = 0; j < d; j++) {
      targets[offset + j] += reward * context[j];
    }
    // mu = B^-1 f: forward solve L y = f, then back solve L^T mu = y.
    double[] y = work;
    for (int i = 0; i < d; i++) {
      double total = targets[offset + i];
      for (int j = 0; j < i; j++) {
        total -= factors[base + i * d + j] * y[j];
      }
      y[i] = total / factors[base + i * d + i];
    }
    for (int i = d - 1; i >= 0; i--) {
      double total = y[i];
      for (int j = i + 1; j < d; j++) {
        total -= factors[base + j * d + i] * means[offset + j];
      }
      means[offset + i] = total / factors[base + i * d + i];
    }
  }

  /** A copy of arm {@code arm}'s Cholesky factor L (row-major, lower triangular), {@code B = L L^T}. */
  public double[] choleskyFactor(int arm) {
    int square = dimension * dimension;
    return Arrays.copyOfRange(factors, arm * square, (arm + 1) * square);
  }

  /** A copy of arm {@code arm}'s posterior mean {@code mu = B^-1 f}. */
  public double[] posteriorMean(int arm) {
    return Arrays.copyOfRange(means, arm * dimension, (arm + 1) * dimension);
  }

  @Override
  public String describe() {
    return "lin-ts(v=" + v + ",lambda=" + lambda + ")";
  }
}
