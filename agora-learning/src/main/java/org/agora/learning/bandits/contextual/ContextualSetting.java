package org.agora.learning.bandits.contextual;

/**
 * What a contextual policy is told when it is created.
 *
 * @param armCount number of arms K, at least 1
 * @param dimension context dimension d, at least 1
 * @param horizon number of rounds T, at least 1
 */
public record ContextualSetting(int armCount, int dimension, long horizon) {

  public ContextualSetting {
    if (armCount < 1) {
      throw new IllegalArgumentException("a bandit needs at least one arm, got " + armCount);
    }
    if (dimension < 1) {
      throw new IllegalArgumentException("the context dimension must be at least 1, got " + dimension);
    }
    if (horizon < 1) {
      throw new IllegalArgumentException("the horizon must be at least 1, got " + horizon);
    }
  }
}
