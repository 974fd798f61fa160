package org.agora.learning.bandits.policy;

/**
 * UCB1 of P. Auer, N. Cesa-Bianchi and P. Fischer, "Finite-time analysis of the multiarmed bandit
 * problem", Machine Learning 47, 2002: after one pull of each arm, pull the arm maximising
 * {@code mean_k + sqrt(c ln t / n_k)} with c = 2 in the paper (the option scales it). Regret is
 * O(sum_k ln T / Delta_k) for rewards in [0, 1]. O(K) per round: {@code sqrt(c ln t)} is computed once
 * per round and each arm's mean and {@code 1 / sqrt(n_k)} are cached when it is updated, so the loop
 * over arms is one multiply-add and a compare.
 */
public final class Ucb1 extends EmpiricalMeansPolicy {

  private final double c;
  private final double[] means;
  private final double[] inverseRootCounts;

  /** @param c exploration constant, 2 in the paper */
  public Ucb1(int armCount, double c) {
    super(armCount);
    this.c = c;
    means = new double[armCount];
    inverseRootCounts = new double[armCount];
  }

  @Override
  public void reset() {
    super.reset();
    java.util.Arrays.fill(means, 0);
    java.util.Arrays.fill(inverseRootCounts, 0);
  }

  @Override
  public void update(int arm, double reward) {
    super.update(arm, reward);
    means[arm] = sums[arm] / counts[arm];
    inverseRootCounts[arm] = 1 / Math.sqrt(counts[arm]);
  }

  /** The UCB1 index of {@code arm} in {@code round} (the arm must have been pulled). */
  public double index(int arm, long round) {
    return sums[arm] / counts[arm] + Math.sqrt(c * Math.log(round) / counts[arm]);
  }

  @Override
  protected int chooseAmongExplored(long round) {
    double bonus = Math.sqrt(c * Math.log(round));
    double[] means = this.means;
    double[] inverseRootCounts = this.inverseRootCounts;
    int best = 0;
    double bestIndex = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < means.length; arm++) {
      double index = means[arm] + bonus * inverseRootCounts[arm];
      if (index > bestIndex) {
        bestIndex = index;
        best = arm;
      }
    }
    return best;
  }

  @Override
  public String describe() {
    return "ucb1(c=" + c + ")";
  }
}
