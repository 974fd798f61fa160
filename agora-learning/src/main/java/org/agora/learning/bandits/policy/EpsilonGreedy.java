package org.agora.learning.bandits.policy;

import java.util.random.RandomGenerator;

/**
 * Epsilon-greedy: with probability epsilon_t pull an arm uniformly at random, otherwise the arm with
 * the best empirical mean. The constant schedule uses a fixed epsilon (linear regret); the decaying
 * schedule is the epsilon_n-greedy of P. Auer, N. Cesa-Bianchi and P. Fischer, "Finite-time analysis
 * of the multiarmed bandit problem", Machine Learning 47, 2002: {@code epsilon_t = min(1, c K / (d^2
 * t))} with {@code 0 < d <= min_k Delta_k}, which has logarithmic regret when d is a true lower bound
 * on the gaps and c is large enough (the paper's experiments use c between 0.05 and 0.3 with the true
 * gap as d).
 */
public final class EpsilonGreedy extends EmpiricalMeansPolicy {

  private final RandomGenerator random;
  private final double epsilon;
  private final boolean decaying;
  private final double c;
  private final double d;

  /**
   * @param epsilon the constant exploration probability (ignored when decaying)
   * @param decaying whether to use the decaying schedule of Auer et al.
   * @param c the schedule's constant
   * @param d the schedule's gap lower bound
   * @param random the source of exploration
   */
  public EpsilonGreedy(int armCount, double epsilon, boolean decaying, double c, double d, RandomGenerator random) {
    super(armCount);
    this.random = random;
    this.epsilon = epsilon;
    this.decaying = decaying;
    this.c = c;
    this.d = d;
  }

  /** The exploration probability in {@code round}. */
  public double explorationProbability(long round) {
    return decaying ? Math.min(1, c * counts.length / (d * d * round)) : epsilon;
  }

  @Override
  protected int chooseAmongExplored(long round) {
    if (random.nextDouble() < explorationProbability(round)) {
      return random.nextInt(counts.length);
    }
    int best = 0;
    double bestMean = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < counts.length; arm++) {
      double mean = sums[arm] / counts[arm];
      if (mean > bestMean) {
        bestMean = mean;
        best = arm;
      }
    }
    return best;
  }

  @Override
  public String describe() {
    return decaying ? "epsilon-greedy(schedule=decaying,c=" + c + ",d=" + d + ")"
        : "epsilon-greedy(epsilon=" + epsilon + ")";
  }
}
