package org.agora.learning.bandits.contextual.problem;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.agora.learning.bandits.contextual.ContextualBanditProblem;

/**
 * A contextual bandit with 0/1 rewards whose success probability is a link of a per-arm linear score
 * {@code s = theta_k . x}: the logistic link {@code 1 / (1 + exp(-scale s))} (the generalised linear
 * bandit of S. Filippi, O. Cappe, A. Garivier and C. Szepesvari, "Parametric Bandits: The Generalized
 * Linear Case", NIPS 2010) or the linear link {@code (1 + s) / 2} (Bernoulli-linear: the mean is
 * linear in x, so ridge-regression learners are well specified). Parameters and contexts are uniform on
 * the unit sphere, so {@code s} is in [-1, 1]. Its outcomes are what the decision market elicits.
 */
public final class BernoulliContextualBandit implements ContextualBanditProblem {

  /** How the linear score becomes a probability. */
  public enum Link {
    /** {@code 1 / (1 + exp(-scale s))}. */
    LOGISTIC,
    /** {@code (1 + s) / 2}. */
    LINEAR
  }

  private final int arms;
  private final int dimension;
  private final Link link;
  private final double scale;
  private final long seed;
  private final double[] thetas;

  /**
   * @param arms number of arms K, at least 1
   * @param dimension context dimension d, at least 1
   * @param link the link function
   * @param scale the logistic link's slope (ignored by the linear link), finite
   * @param seed seed of the arm parameters
   */
  public BernoulliContextualBandit(int arms, int dimension, Link link, double scale, long seed) {
    if (arms < 1 || dimension < 1) {
      throw new IllegalArgumentException("need at least one arm and dimension 1, got arms=" + arms
          + ", dimension=" + dimension);
    }
    if (!Double.isFinite(scale)) {
      throw new IllegalArgumentException("scale must be finite, got " + scale);
    }
    this.arms = arms;
    this.dimension = dimension;
    this.link = link;
    this.scale = scale;
    this.seed = seed;
    thetas = new double[arms * dimension];
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < arms; k++) {
      UnitVectors.draw(random, thetas, k * dimension, dimension);
    }
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
  public void drawContext(long round, RandomGenerator random, double[] context) {
    UnitVectors.draw(random, context, 0, dimension);
  }

  @Override
  public double draw(int arm, double[] context, RandomGenerator random) {
    return random.nextDouble() < mean(arm, context) ? 1 : 0;
  }

  @Override
  public double mean(int arm, double[] context) {
    double score = UnitVectors.dot(thetas, arm * dimension, context, 0, dimension);
    return link == Link.LOGISTIC ? 1 / (1 + Math.exp(-scale * score)) : (1 + score) / 2;
  }

  @Override
  public boolean binaryRewards() {
    return true;
  }

  @Override
  public String describe() {
    return link == Link.LOGISTIC
        ? "logistic(arms=" + arms + ",dimension=" + dimension + ",scale=" + scale + ",seed=" + seed + ")"
        : "bernoulli-linear(arms=" + arms + ",dimension=" + dimension + ",seed=" + seed + ")";
  }
}
