package org.agora.learning.bandits;

/**
 * What a policy is told when it is created: the number of arms and the horizon (policies such as MOSS
 * and EXP3 tune themselves to it; anytime policies ignore it).
 *
 * @param armCount number of arms K, at least 1
 * @param horizon number of rounds T, at least 1
 */
public record BanditSetting(int armCount, long horizon) {

  public BanditSetting {
    if (armCount < 1) {
      throw new IllegalArgumentException("a bandit needs at least one arm, got " + armCount);
    }
    if (horizon < 1) {
      throw new IllegalArgumentException("the horizon must be at least 1, got " + horizon);
    }
  }
}
