package org.agora.learning.bandits.policy;

/**
 * KL-UCB of A. Garivier and O. Cappé, "The KL-UCB algorithm for bounded stochastic bandits and
 * beyond", COLT 2011, with the exponential-family divergences of Cappé, Garivier, Maillard, Munos and
 * Stoltz (Annals of Statistics, 2013): after one pull of each arm, pull the arm maximising
 * {@code max{q : n_k kl(mean_k, q) <= ln t + c ln ln t}}. With the Bernoulli divergence its regret
 * matches the Lai–Robbins lower bound {@code sum_k Delta_k / kl(mu_k, mu*) ln T} asymptotically (the
 * proof needs c = 3; c = 0 is the paper's recommendation in practice and the default here). Each round
 * solves one index per arm ({@link KlDivergence#upperIndex}), Newton's method starting from the arm's
 * previous index, one or two steps.
 */
public final class KlUcb extends EmpiricalMeansPolicy {

  private final KlDivergence divergence;
  private final double c;
  private final double sigma;
  private final double[] lastIndices;
  private int previousWinner;

  /**
   * @param divergence the reward family
   * @param c the ln ln t coefficient
   * @param sigma the known standard deviation for {@link KlDivergence#GAUSSIAN}
   */
  public KlUcb(int armCount, KlDivergence divergence, double c, double sigma) {
    super(armCount);
    this.divergence = divergence;
    this.c = c;
    this.sigma = sigma;
    this.lastIndices = new double[armCount];
    java.util.Arrays.fill(lastIndices, Double.NaN);
    previousWinner = 0;
  }

  @Override
  public void reset() {
    super.reset();
    java.util.Arrays.fill(lastIndices, Double.NaN);
    previousWinner = 0;
  }

  /** The KL-UCB index of {@code arm} in {@code round} (the arm must have been pulled). */
  public double index(int arm, long round) {
    double logRound = Math.log(round);
    double budget = logRound + (logRound > 1 ? c * Math.log(logRound) : 0);
    return divergence.upperIndex(sums[arm] / counts[arm], budget / counts[arm], sigma);
  }

  @Override
  protected int chooseAmongExplored(long round) {
    double logRound = Math.log(round);
    double budget = logRound + (logRound > 1 ? c * Math.log(logRound) : 0);
    // Solve the last winner's index first; with the Bernoulli divergence an arm whose Pinsker bound
    // p + sqrt(bound / 2) is strictly below the best index so far cannot win and is not solved. The
    // choice (lowest arm among equal indices) is the same as solving every arm.
    int best = previousWinner;
    double bestIndex = solve(best, budget);
    boolean prune = divergence == KlDivergence.BERNOULLI;
    for (int arm = 0; arm < counts.length; arm++) {
      if (arm == previousWinner) {
        continue;
      }
      double n = counts[arm];
      double mean = sums[arm] / n;
      if (prune && mean + Math.sqrt(budget / n / 2) < bestIndex) {
        continue;
      }
      double index = solve(arm, budget);
      if (index > bestIndex || (index == bestIndex && arm < best)) {
        bestIndex = index;
        best = arm;
      }
    }
    previousWinner = best;
    return best;
  }

  private double solve(int arm, double budget) {
    double index = divergence.upperIndex(sums[arm] / counts[arm], budget / counts[arm], sigma, lastIndices[arm]);
    lastIndices[arm] = index;
    return index;
  }

  @Override
  public String describe() {
    return "kl-ucb(kl=" + divergence.name().toLowerCase(java.util.Locale.ROOT) + ",c=" + c
        + (divergence == KlDivergence.GAUSSIAN ? ",sigma=" + sigma : "") + ")";
  }
}
