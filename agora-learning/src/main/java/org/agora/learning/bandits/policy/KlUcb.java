package org.agora.learning.bandits.policy;

/**
 * KL-UCB of A. Garivier and O. Cappé, "The KL-UCB algorithm for bounded stochastic bandits and
 * beyond", COLT 2011, with the exponential-family divergences of Cappé, Garivier, Maillard, Munos and
 * Stoltz (Annals of Statistics, 2013): after one pull of each arm, pull the arm maximising
 * {@code max{q : n_k kl(mean_k, q) <= ln t + c ln ln t}}. With the Bernoulli divergence its regret
 * matches the Lai–Robbins lower bound {@code sum_k Delta_k / kl(mu_k, mu*) ln T} asymptotically (the
 * proof needs c = 3; c = 0 is the paper's recommendation in practice and the default here). Each round
 * solves the indices ({@link KlDivergence#upperIndex}) by Newton's method from each arm's previous
 * index (one or two steps), and skips arms that a convexity bound shows cannot win (usually all but one
 * or two), so a round costs O(K) cheap comparisons plus about two solves.
 */
public final class KlUcb extends EmpiricalMeansPolicy {

  private final KlDivergence divergence;
  private final double c;
  private final double sigma;
  private final double[] lastIndices;
  private final double[] lastBounds;
  private final double[] lastSlopes;
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
    this.lastBounds = new double[armCount];
    this.lastSlopes = new double[armCount];
    java.util.Arrays.fill(lastSlopes, Double.NaN);
    java.util.Arrays.fill(lastIndices, Double.NaN);
  }

  @Override
  public void reset() {
    super.reset();
    java.util.Arrays.fill(lastIndices, Double.NaN);
    java.util.Arrays.fill(lastSlopes, Double.NaN);
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
    // Solve the last winner's index first. An arm not pulled since its last solve at bound d0 with
    // root q0 has kl(p, q) >= d0 + kl'(p, q0) (q - q0) where kl(p, .) is convex, so its new index is at most
    // q0 + (d - d0) / kl'(p, q0); if that is strictly below the best index so far it cannot win and is
    // not solved. The choice (lowest arm among equal indices) is the same as solving every arm.
    int best = previousWinner;
    double bestIndex = solve(best, budget);
    // Only where kl(p, .) is convex above p: Bernoulli and Poisson (the exponential one is concave above 2p).
    boolean prune = divergence == KlDivergence.BERNOULLI || divergence == KlDivergence.POISSON;
    for (int arm = 0; arm < counts.length; arm++) {
      if (arm == previousWinner) {
        continue;
      }
      if (prune && lastSlopes[arm] > 0
          && lastIndices[arm] + (budget / counts[arm] - lastBounds[arm]) / lastSlopes[arm] < bestIndex) {
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

  @Override
  public void update(int arm, double reward) {
    super.update(arm, reward);
    lastSlopes[arm] = Double.NaN;
  }

  private double solve(int arm, double budget) {
    double mean = sums[arm] / counts[arm];
    double bound = budget / counts[arm];
    double index = divergence.upperIndex(mean, bound, sigma, lastIndices[arm]);
    lastIndices[arm] = index;
    lastBounds[arm] = bound;
    boolean convex = divergence == KlDivergence.BERNOULLI || divergence == KlDivergence.POISSON;
    lastSlopes[arm] = convex && index > mean ? divergence.derivative(mean, index) : Double.NaN;
    return index;
  }

  @Override
  public String describe() {
    return "kl-ucb(kl=" + divergence.name().toLowerCase(java.util.Locale.ROOT) + ",c=" + c
        + (divergence == KlDivergence.GAUSSIAN ? ",sigma=" + sigma : "") + ")";
  }
}
