package org.agora.learning.bandits;

import java.util.random.RandomGenerator;

/**
 * A K-armed bandit: draws the reward of pulling an arm in a round, and knows what regret is measured
 * against. Stochastic problems know each arm's mean (possibly changing with the round, for
 * non-stationary ones) and regret is the pseudo-regret against the best mean of each round; an
 * adversarial problem knows the whole reward table, and regret is measured against the best fixed
 * arm in hindsight ({@link #comparesToBestFixedArm()}).
 *
 * <p>Implementations are immutable and thread-safe: all randomness comes from the generator passed
 * to {@link #draw}. Rounds are numbered from 1.
 */
public interface BanditProblem {

  /** The number of arms K. */
  int armCount();

  /**
   * Draws the reward of pulling {@code arm} in {@code round}. Must not allocate.
   *
   * @param random the run's reward generator
   */
  double draw(int arm, long round, RandomGenerator random);

  /**
   * The expected reward of {@code arm} in {@code round}; for an adversarial problem the reward the
   * table assigns (its draws are deterministic).
   */
  double mean(int arm, long round);

  /** The largest {@link #mean} over the arms in {@code round}. */
  default double bestMean(long round) {
    double best = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < armCount(); arm++) {
      best = Math.max(best, mean(arm, round));
    }
    return best;
  }

  /**
   * True when regret is measured against the best fixed arm in hindsight (adversarial sequences)
   * rather than against the best mean of each round.
   */
  default boolean comparesToBestFixedArm() {
    return false;
  }

  /** The canonical problem string, e.g. {@code bernoulli(means=[0.1,0.5,0.9])}. */
  String describe();
}
