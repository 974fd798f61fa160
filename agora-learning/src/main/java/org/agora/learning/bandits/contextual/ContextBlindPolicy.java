package org.agora.learning.bandits.contextual;

import org.agora.learning.bandits.BanditPolicy;

/**
 * A non-contextual {@link BanditPolicy} played on a contextual problem: it ignores the context, so it
 * can at best find the arm with the highest average reward over contexts. The baseline a contextual
 * policy has to beat.
 */
public final class ContextBlindPolicy implements ContextualBanditPolicy {

  private final BanditPolicy policy;
  private final int dimension;

  /** Wraps {@code policy} for contexts of length {@code dimension}. */
  public ContextBlindPolicy(BanditPolicy policy, int dimension) {
    this.policy = policy;
    this.dimension = dimension;
  }

  @Override
  public int armCount() {
    return policy.armCount();
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public void reset() {
    policy.reset();
  }

  @Override
  public int choose(long round, double[] context) {
    return policy.choose(round);
  }

  @Override
  public void update(int arm, double[] context, double reward) {
    policy.update(arm, reward);
  }

  @Override
  public String describe() {
    return policy.describe();
  }
}
