package org.agora.learning.bandits.policy;

import java.util.random.RandomGenerator;

/** The reduction of bounded rewards to Bernoulli outcomes used by the Beta-posterior policies. */
final class Bernoullis {

  private Bernoullis() {}

  /** 1 is a success, 0 a failure; r in between a success with probability r (clipped to [0, 1]). */
  static boolean success(double reward, RandomGenerator random) {
    if (reward >= 1) {
      return true;
    }
    if (reward <= 0) {
      return false;
    }
    return random.nextDouble() < reward;
  }
}
