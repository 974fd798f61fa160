package org.agora.learning.bandits.policy;

/**
 * UCB-V of J.-Y. Audibert, R. Munos and C. Szepesvári, "Exploration–exploitation tradeoff using
 * variance estimates in multi-armed bandits", Theoretical Computer Science 410(19), 2009: after one
 * pull of each arm, pull the arm maximising
 * {@code mean_k + sqrt(2 V_k E_t / n_k) + 3 c b E_t / n_k} with {@code E_t = zeta ln t}, V_k the
 * empirical variance and rewards in [0, b]. The paper's defaults are zeta = 1.2, c = 1. Arms with a
 * small variance are explored less than UCB1 would.
 */
public final class UcbV extends EmpiricalMeansPolicy {

  private final double[] squares;
  private final double zeta;
  private final double c;
  private final double range;

  /**
   * @param zeta exploration rate, greater than 1 in the theorems
   * @param c the constant of the range term
   * @param range b, the width of the reward range
   */
  public UcbV(int armCount, double zeta, double c, double range) {
    super(armCount);
    this.squares = new double[armCount];
    this.zeta = zeta;
    this.c = c;
    this.range = range;
  }

  @Override
  public void reset() {
    super.reset();
    java.util.Arrays.fill(squares, 0);
  }

  @Override
  public void update(int arm, double reward) {
    super.update(arm, reward);
    squares[arm] += reward * reward;
  }

  /** The UCB-V index of {@code arm} in {@code round} (the arm must have been pulled). */
  public double index(int arm, long round) {
    double exploration = zeta * Math.log(round);
    double n = counts[arm];
    double mean = sums[arm] / n;
    double variance = Math.max(0, squares[arm] / n - mean * mean);
    return mean + Math.sqrt(2 * variance * exploration / n) + 3 * c * range * exploration / n;
  }

  @Override
  protected int chooseAmongExplored(long round) {
    int best = 0;
    double bestIndex = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < counts.length; arm++) {
      double index = index(arm, round);
      if (index > bestIndex) {
        bestIndex = index;
        best = arm;
      }
    }
    return best;
  }

  @Override
  public String describe() {
    return "ucb-v(zeta=" + zeta + ",c=" + c + ",range=" + range + ")";
  }
}
