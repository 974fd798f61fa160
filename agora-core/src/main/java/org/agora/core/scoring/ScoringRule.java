package org.agora.core.scoring;

/**
 * A scoring rule for categorical forecasts: the reward {@code S(q, o)} paid to a forecaster who
 * reported the distribution {@code q} over outcomes {@code 0..m-1} when outcome {@code o} happens.
 * A rule is <i>strictly proper</i> when, for every belief {@code p}, the expected score
 * {@code sum_o p_o S(q, o)} is uniquely maximised by reporting {@code q = p}.
 *
 * <p>T. Gneiting and A. E. Raftery, "Strictly Proper Scoring Rules, Prediction, and Estimation",
 * <i>Journal of the American Statistical Association</i> 102(477), 359–378, 2007.
 */
public interface ScoringRule {

  /**
   * The score of {@code forecast} when {@code outcome} happens. Forecasts are not validated here
   * (hot path): callers pass non-negative entries summing to 1.
   */
  double score(double[] forecast, int outcome);

  /** The expected score {@code sum_o belief[o] * score(forecast, o)}; outcomes of belief 0 are skipped. */
  default double expectedScore(double[] belief, double[] forecast) {
    if (belief.length != forecast.length) {
      throw new IllegalArgumentException("belief has " + belief.length + " outcomes but the forecast has "
          + forecast.length);
    }
    double total = 0;
    for (int o = 0; o < belief.length; o++) {
      if (belief[o] > 0) {
        total += belief[o] * score(forecast, o);
      }
    }
    return total;
  }

  /** The rule's name as used in listings ({@code log}, {@code quadratic}, {@code spherical}). */
  String name();

  /** The rule named {@code name}: {@code log}, {@code quadratic} (also {@code brier}) or {@code spherical}. */
  static ScoringRule named(String name) {
    return switch (name) {
      case "log", "logarithmic" -> LogarithmicScoringRule.INSTANCE;
      case "quadratic", "brier" -> QuadraticScoringRule.INSTANCE;
      case "spherical" -> SphericalScoringRule.INSTANCE;
      default -> throw new IllegalArgumentException("unknown scoring rule '" + name
          + "'; allowed: log, quadratic, spherical");
    };
  }

  /**
   * Checks that {@code forecast} is a distribution over {@code outcomes} outcomes (finite entries
   * {@code >= 0} summing to 1 within 1e-9).
   *
   * @throws IllegalArgumentException naming the offending entry
   */
  static void requireDistribution(double[] forecast, int outcomes, String what) {
    if (forecast.length != outcomes) {
      throw new IllegalArgumentException(what + " has " + forecast.length + " entries; expected " + outcomes);
    }
    double total = 0;
    for (int o = 0; o < forecast.length; o++) {
      if (!(forecast[o] >= 0) || Double.isInfinite(forecast[o])) {
        throw new IllegalArgumentException(what + " entry " + o + " is " + forecast[o] + "; must be finite and >= 0");
      }
      total += forecast[o];
    }
    if (Math.abs(total - 1) > 1e-9) {
      throw new IllegalArgumentException(what + " sums to " + total + "; must sum to 1");
    }
  }
}
