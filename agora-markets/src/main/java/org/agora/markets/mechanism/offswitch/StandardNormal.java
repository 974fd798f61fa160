package org.agora.markets.mechanism.offswitch;

/**
 * The standard normal density and distribution function, accurate to about 1e-15 absolute and to
 * many digits relative in the far left tail.
 *
 * <p>For {@code |x| <= 3} the distribution function uses the Taylor series
 * {@code Phi(x) = 1/2 + phi(x) (x + x^3/3 + x^5/(3*5) + ...)} (G. Marsaglia, "Evaluating the Normal
 * Distribution", <i>Journal of Statistical Software</i> 11(4), 2004); beyond, the Laplace continued
 * fraction for the Mills ratio {@code Phi(-t) = phi(t) / (t + 1/(t + 2/(t + 3/(t + ...))))}, evaluated
 * backwards from a fixed depth.
 */
public final class StandardNormal {

  private static final double INVERSE_SQRT_TWO_PI = 0.3989422804014327;
  private static final int FRACTION_DEPTH = 120;

  private StandardNormal() {}

  /** The density {@code phi(x) = exp(-x^2/2) / sqrt(2 pi)}. */
  public static double density(double x) {
    return INVERSE_SQRT_TWO_PI * Math.exp(-0.5 * x * x);
  }

  /** The distribution function {@code Phi(x) = P(Z <= x)}. */
  public static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (Math.abs(x) <= 3) {
      double term = x;
      double sum = x;
      double square = x * x;
      for (int k = 3; Math.abs(term) > 1e-17 * Math.abs(sum); k += 2) {
        term *= square / k;
        sum += term;
      }
      return 0.5 + density(x) * sum;
    }
    double tail = upperTail(Math.abs(x));
    return x < 0 ? tail : 1 - tail;
  }

  /** {@code P(Z > t)} for {@code t > 3} by the continued fraction. */
  private static double upperTail(double t) {
    if (t > 40) {
      return 0;
    }
    double fraction = t;
    for (int k = FRACTION_DEPTH; k >= 1; k--) {
      fraction = t + k / fraction;
    }
    return density(t) / fraction;
  }
}
