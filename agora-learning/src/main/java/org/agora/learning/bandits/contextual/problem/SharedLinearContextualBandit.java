package org.agora.learning.bandits.contextual.problem;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.agora.learning.bandits.contextual.ContextualBanditProblem;

/**
 * The linear bandit with one shared parameter and per-arm features, the setting of S. Agrawal and
 * N. Goyal, "Thompson Sampling for Contextual Bandits with Linear Payoffs", ICML 2013: each round every
 * arm k gets its own feature vector {@code b_k} in R^f, and pulling k pays {@code theta . b_k +
 * N(0, noise^2)}. The context array is the K feature vectors one after another (length {@code K f}),
 * so arm k's mean is a linear function of the whole context and the disjoint policies stay well
 * specified on it. Parameter and features are uniform on the unit sphere.
 */
public final class SharedLinearContextualBandit implements ContextualBanditProblem {

  private final int arms;
  private final int features;
  private final double noise;
  private final long seed;
  private final double[] theta;

  /**
   * @param arms number of arms K, at least 1
   * @param features per-arm feature dimension f, at least 1 (the context has K f entries)
   * @param noise standard deviation of the Gaussian reward noise, at least 0
   * @param seed seed of the shared parameter
   */
  public SharedLinearContextualBandit(int arms, int features, double noise, long seed) {
    if (arms < 1 || features < 1 || (long) arms * features > 1_000_000) {
      throw new IllegalArgumentException("need arms >= 1, dimension >= 1 and arms * dimension <= 1000000, got arms="
          + arms + ", dimension=" + features);
    }
    if (!(noise >= 0) || Double.isInfinite(noise)) {
      throw new IllegalArgumentException("noise must be finite and >= 0, got " + noise);
    }
    this.arms = arms;
    this.features = features;
    this.noise = noise;
    this.seed = seed;
    theta = new double[features];
    UnitVectors.draw(new SplittableRandom(seed), theta, 0, features);
  }

  @Override
  public int armCount() {
    return arms;
  }

  @Override
  public int dimension() {
    return arms * features;
  }

  @Override
  public void drawContext(long round, RandomGenerator random, double[] context) {
    for (int k = 0; k < arms; k++) {
      UnitVectors.draw(random, context, k * features, features);
    }
  }

  @Override
  public double draw(int arm, double[] context, RandomGenerator random) {
    double mean = mean(arm, context);
    return noise == 0 ? mean : mean + noise * random.nextGaussian();
  }

  @Override
  public double mean(int arm, double[] context) {
    return UnitVectors.dot(theta, 0, context, arm * features, features);
  }

  @Override
  public String describe() {
    return "linear-shared(arms=" + arms + ",dimension=" + features + ",noise=" + noise + ",seed=" + seed + ")";
  }
}
