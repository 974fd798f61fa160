package org.agora.core.scoring;

/**
 * The quadratic (Brier) scoring rule in its reward form {@code S(q, o) = 2 q_o - sum_j q_j^2}, equal
 * to {@code 1 - sum_j (q_j - [j = o])^2}, one minus the Brier loss. Strictly proper; the expected-score
 * loss from reporting {@code q} instead of {@code p} is {@code ||p - q||^2}. Scores lie in [-1, 1].
 *
 * <p>G. W. Brier, "Verification of Forecasts Expressed in Terms of Probability", <i>Monthly Weather
 * Review</i> 78(1), 1–3, 1950.
 */
public final class QuadraticScoringRule implements ScoringRule {

  /** The rule (stateless). */
  public static final QuadraticScoringRule INSTANCE = new QuadraticScoringRule();

  private QuadraticScoringRule() {}

  @Override
  public double score(double[] forecast, int outcome) {
    double squares = 0;
    for (double q : forecast) {
      squares += q * q;
    }
    return 2 * forecast[outcome] - squares;
  }

  @Override
  public String name() {
    return "quadratic";
  }
}
