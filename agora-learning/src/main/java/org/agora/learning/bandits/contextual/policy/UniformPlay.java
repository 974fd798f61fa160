package org.agora.learning.bandits.contextual.policy;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.contextual.ContextualBanditPolicy;

/** Pulls a uniformly random arm every round and learns nothing: the floor every learner must beat. */
public final class UniformPlay implements ContextualBanditPolicy {

  private final int arms;
  private final int dimension;
  private final RandomGenerator random;

  /** Uniform play over {@code armCount} arms. */
  public UniformPlay(int armCount, int dimension, RandomGenerator random) {
    this.arms = armCount;
    this.dimension = dimension;
    this.random = random;
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
  public void reset() {}

  @Override
  public int choose(long round, double[] context) {
    return random.nextInt(arms);
  }

  @Override
  public void update(int arm, double[] context, double reward) {}

  @Override
  public String describe() {
    return "uniform";
  }
}
