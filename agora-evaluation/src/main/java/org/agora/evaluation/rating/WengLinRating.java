package org.agora.evaluation.rating;

/**
 * A Weng–Lin skill belief: a normal distribution of the agent's skill with mean {@code mu} and
 * standard deviation {@code sigma} (see {@link WengLin}).
 *
 * @param mu the mean skill (finite)
 * @param sigma the standard deviation of the skill (positive, finite)
 */
public record WengLinRating(double mu, double sigma) {

  public WengLinRating {
    if (!Double.isFinite(mu)) {
      throw new IllegalArgumentException("a Weng-Lin mu must be finite, got " + mu);
    }
    if (!(sigma > 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("a Weng-Lin sigma must be positive and finite, got " + sigma);
    }
  }

  /**
   * The conservative estimate {@code mu - 3 sigma} that OpenSkill calls the ordinal (about 99.9%
   * sure the skill is higher), by which leaderboards sort.
   */
  public double ordinal() {
    return mu - 3 * sigma;
  }
}
