package org.agora.learning.bandits.policy;

/**
 * MOSS (Minimax Optimal Strategy in the Stochastic case) of J.-Y. Audibert and S. Bubeck, "Minimax
 * policies for adversarial and stochastic bandits", COLT 2009: after one pull of each arm, pull the
 * arm maximising {@code mean_k + sqrt(max(ln(T / (K n_k)), 0) / n_k)}. Needs the horizon T; its
 * regret is O(sqrt(K T)), without the ln K factor of UCB1's minimax bound.
 */
public final class Moss extends EmpiricalMeansPolicy {

  private final double horizonPerArm;

  /** @param horizon the number of rounds T */
  public Moss(int armCount, long horizon) {
    super(armCount);
    this.horizonPerArm = (double) horizon / armCount;
  }

  /** The MOSS index of {@code arm} (the arm must have been pulled). */
  public double index(int arm) {
    double n = counts[arm];
    return sums[arm] / n + Math.sqrt(Math.max(Math.log(horizonPerArm / n), 0) / n);
  }

  @Override
  protected int chooseAmongExplored(long round) {
    int best = 0;
    double bestIndex = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < counts.length; arm++) {
      double index = index(arm);
      if (index > bestIndex) {
        bestIndex = index;
        best = arm;
      }
    }
    return best;
  }

  @Override
  public String describe() {
    return "moss";
  }
}
