package org.agora.markets.mechanism.contract;

/**
 * Linear contracts {@code t[j] = alpha r[j]}: the agent keeps a share {@code alpha} of the principal's
 * reward, picks the action maximising {@code alpha R_i - c_i}, and the principal earns
 * {@code (1 - alpha) R_i}. The optimal share is found exactly among the critical shares where the agent's
 * best action changes: 0 and the indifference points {@code (c_i - c_k) / (R_i - R_k)} in [0, 1];
 * {@code O(n^3)}.
 *
 * <p>Needs non-negative rewards for the contract to respect limited liability. P. Dütting,
 * T. Roughgarden and I. Talgam-Cohen, "Simple versus Optimal Contracts", EC 2019 (linear
 * contracts are max-min optimal and within a factor {@code n} of the optimum).
 *
 * @param share the share {@code alpha} in [0, 1]
 * @param action the action the agent takes (ties to the principal)
 * @param principalUtility {@code (1 - alpha) R_action}
 */
public record LinearContract(double share, int action, double principalUtility) {

  /** The agent's action and the principal's utility under share {@code share} (ties to the principal). */
  public static LinearContract at(ContractProblem problem, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("a linear contract's share must be in [0, 1], got " + share);
    }
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < problem.actions(); i++) {
      best = Math.max(best, share * problem.expectedReward(i) - problem.cost(i));
    }
    int chosen = -1;
    double utility = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < problem.actions(); i++) {
      if (share * problem.expectedReward(i) - problem.cost(i) >= best - ContractProblem.TIE_TOLERANCE
          && (1 - share) * problem.expectedReward(i) > utility) {
        utility = (1 - share) * problem.expectedReward(i);
        chosen = i;
      }
    }
    return new LinearContract(share, chosen, utility);
  }

  /** The optimal linear contract. */
  public static LinearContract optimal(ContractProblem problem) {
    for (int j = 0; j < problem.outcomes(); j++) {
      if (problem.reward(j) < 0) {
        throw new IllegalArgumentException("linear contracts need non-negative rewards; outcome " + j + " has "
            + problem.reward(j));
      }
    }
    LinearContract best = at(problem, 0);
    for (int i = 0; i < problem.actions(); i++) {
      for (int k = 0; k < problem.actions(); k++) {
        double rewardGap = problem.expectedReward(i) - problem.expectedReward(k);
        if (rewardGap <= 0) {
          continue;
        }
        double share = (problem.cost(i) - problem.cost(k)) / rewardGap;
        if (share >= 0 && share <= 1) {
          LinearContract candidate = at(problem, share);
          if (candidate.principalUtility() > best.principalUtility()) {
            best = candidate;
          }
        }
      }
    }
    return best;
  }

  /** The payments of this contract: {@code share * r[j]}. */
  public double[] payments(ContractProblem problem) {
    double[] t = new double[problem.outcomes()];
    for (int j = 0; j < t.length; j++) {
      t[j] = share * problem.reward(j);
    }
    return t;
  }
}
