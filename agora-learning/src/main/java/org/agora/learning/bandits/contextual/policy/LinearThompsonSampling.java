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
 * arm is pulled, O(d^2), and recomputes {@code mu} by two triangular solves. {@code theta~ = mu + v
 * L^-T g} with g standard normal has covariance {@code v^2 L^-T L^-1 = v^2 B^-1}
 * ({@link #sampleParameter}). The choice only uses {@code theta~ . x}, which is therefore drawn
 * directly: it is {@code N(x . mu, v^2 ||L^-1 x||^2)}, one forward substitution and one Gaussian per
 * arm instead of d (the same distribution of choices; the arms' samples are independent either way).
 * A round costs O(K d^2 / 2) and K Gaussian draws; nothing is allocated.
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
      double value = sampleValue(arm, context);
      if (value > bestValue) {
        bestValue = value;
        best = arm;
      }
    }
    return best;
  }

  /**
   * Draws {@code theta~ . x} for {@code arm} with theta~ ~ N(mu, v^2 B^-1): that is N(x . mu, v^2 ||L^-1
   * x||^2), so it is {@code x . mu + v ||w|| g} with {@code w = L^-1 x} by one forward substitution over
   * the maintained factor and one standard normal g. O(d^2 / 2), one Gaussian draw.
   */
  public double sampleValue(int arm, double[] x) {
    int d = dimension;
    int base = arm * d * d;
    int offset = arm * d;
    double[] w = sample;
    double mean = 0;
    double squaredNorm = 0;
    for (int i = 0; i < d; i++) {
      int row = base + i * d;
      double total = x[i];
      for (int j = 0; j < i; j++) {
        total -= factors[row + j] * w[j];
      }
      double value = total / factors[row + i];
      w[i] = value;
      squaredNorm += value * value;
      mean += means[offset + i] * x[i];
    }
    return mean + v * Math.sqrt(squaredNorm) * random.nextGaussian();
  }

  /**
   * Draws a whole parameter theta~ ~ N(mu, v^2 B^-1) for {@code arm} into {@code out}: {@code mu + v
   * L^-T g} with g a standard normal vector (one back substitution, O(d^2 / 2), d Gaussian draws).
   * {@link #choose} needs only {@code theta~ . x} and draws it directly ({@link #sampleValue}).
   */
  public void sampleParameter(int arm, double[] out) {
    int d = dimension;
    int base = arm * d * d;
    int offset = arm * d;
    for (int i = 0; i < d; i++) {
      out[i] = random.nextGaussian();
    }
    // Solve L^T z = g in place: L^T is upper triangular with (L^T)[i][j] = L[j][i].
    for (int i = d - 1; i >= 0; i--) {
      double total = out[i];
      for (int j = i + 1; j < d; j++) {
        total -= factors[base + j * d + i] * out[j];
      }
      out[i] = total / factors[base + i * d + i];
    }
    for (int i = 0; i < d; i++) {
      out[i] = means[offset + i] + v * out[i];
    }
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
