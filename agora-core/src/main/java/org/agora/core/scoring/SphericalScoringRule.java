package org.agora.core.scoring;

/**
 * The spherical scoring rule {@code S(q, o) = q_o / ||q||_2}. Strictly proper; scores lie in [0, 1].
 *
 * <p>T. Gneiting and A. E. Raftery, "Strictly Proper Scoring Rules, Prediction, and Estimation",
 * <i>Journal of the American Statistical Association</i> 102(477), 359–378, 2007.
 */
public final class SphericalScoringRule implements ScoringRule {

  /** The rule (stateless). */
  public static final SphericalScoringRule INSTANCE = new SphericalScoringRule();

  private SphericalScoringRule() {}

  @Override
  public double score(double[] forecast, int outcome) {
    double squares = 0;
    for (double q : forecast) {
      squares += q * q;
    }
    return forecast[outcome] / Math.sqrt(squares);
  }

  @Override
  public String name() {
    return "spherical";
  }
}
