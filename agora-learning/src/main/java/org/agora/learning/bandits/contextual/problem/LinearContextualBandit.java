package org.agora.learning.bandits.contextual.problem;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.agora.learning.bandits.contextual.ContextualBanditProblem;

/**
 * The disjoint linear contextual bandit of L. Li, W. Chu, J. Langford and R. E. Schapire, "A
 * Contextual-Bandit Approach to Personalized News Article Recommendation", WWW 2010: arm k has its own
 * parameter {@code theta_k} in R^d and pays {@code theta_k . x + N(0, noise^2)} in context x. The
 * parameters are drawn once from {@code seed} and the contexts each round, both uniformly on the unit
 * sphere, so every mean lies in [-1, 1].
 */
public final class LinearContextualBandit implements ContextualBanditProblem {

  private final int arms;
  private final int dimension;
  private final double noise;
  private final long seed;
  private final double[] thetas;

  /**
   * @param arms number of arms K, at least 1
   * @param dimension context dimension d, at least 1
   * @param noise standard deviation of the Gaussian reward noise, at least 0
   * @param seed seed of the arm parameters
   */
  public LinearContextualBandit(int arms, int dimension, double noise, long seed) {
    if (arms < 1 || dimension < 1) {
      throw new IllegalArgumentException("need at least one arm and dimension 1, got arms=" + arms
          + ", dimension=" + dimension);
    }
    if (!(noise >= 0) || Double.isInfinite(noise)) {
      throw new IllegalArgumentException("noise must be finite and >= 0, got " + noise);
    }
    this.arms = arms;
    this.dimension = dimension;
    this.noise = noise;
    this.seed = seed;
    thetas = new double[arms * dimension];
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < arms; k++) {
      UnitVectors.draw(random, thetas, k * dimension, dimension);
    }
  }

  /** A copy of arm {@code arm}'s parameter theta_k. */
  public double[] theta(int arm) {
    return java.util.Arrays.copyOfRange(thetas, arm * dimension, (arm + 1) * dimension);
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
    double mean = mean(arm, context);
    return noise == 0 ? mean : mean + noise * random.nextGaussian();
  }

  @Override
  public double mean(int arm, double[] context) {
    return UnitVectors.dot(thetas, arm * dimension, context, 0, dimension);
  }

  @Override
  public String describe() {
    return "linear(arms=" + arms + ",dimension=" + dimension + ",noise=" + noise + ",seed=" + seed + ")";
  }
}
