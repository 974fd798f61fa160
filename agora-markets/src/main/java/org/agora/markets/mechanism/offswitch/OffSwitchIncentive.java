package org.agora.markets.mechanism.offswitch;

/**
 * The robot's incentive to defer to the human in the off-switch game when its belief about the
 * human's utility {@code U} for its action is normal with mean {@code mu} and standard deviation
 * {@code sigma}.
 *
 * <p>The robot can act ({@code E U}), switch itself off (0) or wait and let the human decide. A
 * rational human lets the robot act exactly when {@code U >= 0}, so waiting is worth
 * {@code E[max(U, 0)]} and the incentive to wait is
 * {@code Delta = E[max(U, 0)] - max(E U, 0) = mu Phi(mu/sigma) + sigma phi(mu/sigma) - max(mu, 0)},
 * computed as {@code sigma phi(mu/sigma) - |mu| Phi(-|mu|/sigma)} to avoid cancellation. It is
 * non-negative, and positive whenever {@code sigma > 0}.
 *
 * <p>With a noisily rational human who lets the robot act with probability
 * {@code 1 / (1 + exp(-U / beta))} (Boltzmann rationality {@code beta > 0}, as in the paper's irrational-human analysis),
 * waiting is worth {@code E[U / (1 + exp(-U / beta))]}, which can fall below
 * {@code max(E U, 0)}: the incentive can then be negative. It is computed by composite Simpson
 * quadrature over {@code mu +- 12 sigma}.
 *
 * <p>D. Hadfield-Menell, A. Dragan, P. Abbeel and S. Russell, "The Off-Switch Game", IJCAI 2017.
 */
public final class OffSwitchIncentive {

  private static final int SIMPSON_INTERVALS = 4000;
  private static final double HALF_WIDTH = 12;

  private OffSwitchIncentive() {}

  /** {@code E[max(U, 0)]} for {@code U ~ N(mu, sigma^2)}: the value of waiting for a rational human. */
  public static double waitValue(double mu, double sigma) {
    requireBelief(mu, sigma);
    return incentive(mu, sigma) + Math.max(mu, 0);
  }

  /** The incentive to wait, {@code E[max(U, 0)] - max(E U, 0)}, for a rational human (closed form). */
  public static double incentive(double mu, double sigma) {
    requireBelief(mu, sigma);
    if (sigma == 0) {
      return 0;
    }
    double abs = Math.abs(mu);
    return sigma * StandardNormal.density(abs / sigma) - abs * StandardNormal.cdf(-abs / sigma);
  }

  /**
   * The value of waiting for a noisily rational human of rationality {@code beta}:
   * {@code E[U / (1 + exp(-U / beta))]}; {@code beta = 0} is the rational human.
   */
  public static double waitValue(double mu, double sigma, double beta) {
    requireBelief(mu, sigma);
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("rationality beta must be finite and >= 0, got " + beta);
    }
    if (beta == 0) {
      return waitValue(mu, sigma);
    }
    if (sigma == 0) {
      return mu * allowProbability(mu, beta);
    }
    double low = mu - HALF_WIDTH * sigma;
    double step = 2 * HALF_WIDTH * sigma / SIMPSON_INTERVALS;
    double sum = 0;
    for (int i = 0; i <= SIMPSON_INTERVALS; i++) {
      double u = low + i * step;
      double weight = i == 0 || i == SIMPSON_INTERVALS ? 1 : (i % 2 == 1 ? 4 : 2);
      sum += weight * u * allowProbability(u, beta) * StandardNormal.density((u - mu) / sigma) / sigma;
    }
    return sum * step / 3;
  }

  /** The incentive to wait for a noisily rational human: {@code waitValue(mu, sigma, beta) - max(mu, 0)}. */
  public static double incentive(double mu, double sigma, double beta) {
    return waitValue(mu, sigma, beta) - Math.max(mu, 0);
  }

  /** The probability that a human of rationality {@code beta > 0} lets the robot act when its utility is {@code u}. */
  public static double allowProbability(double u, double beta) {
    return 1 / (1 + Math.exp(-u / beta));
  }

  private static void requireBelief(double mu, double sigma) {
    if (!Double.isFinite(mu)) {
      throw new IllegalArgumentException("the mean of U must be finite, got " + mu);
    }
    if (!(sigma >= 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("the standard deviation of U must be finite and >= 0, got " + sigma);
    }
  }
}
