package org.agora.core.scoring;

/**
 * The logarithmic scoring rule {@code S(q, o) = ln q_o} (minus infinity when {@code q_o = 0}).
 * Strictly proper; the expected-score loss from reporting {@code q} instead of the belief {@code p}
 * is the Kullback–Leibler divergence {@code KL(p || q)}.
 *
 * <p>I. J. Good, "Rational Decisions", <i>Journal of the Royal Statistical Society B</i> 14(1),
 * 107–114, 1952.
 */
public final class LogarithmicScoringRule implements ScoringRule {

  /** The rule (stateless). */
  public static final LogarithmicScoringRule INSTANCE = new LogarithmicScoringRule();

  private LogarithmicScoringRule() {}

  @Override
  public double score(double[] forecast, int outcome) {
    return Math.log(forecast[outcome]);
  }

  @Override
  public String name() {
    return "log";
  }
}
