package org.agora.markets.mechanism.contract;

/**
 * A hidden-action principal–agent problem: the agent picks one of {@code n} actions; action {@code i}
 * costs the agent {@code costs[i]} and draws outcome {@code j} of {@code m} with probability
 * {@code outcomeProbabilities[i][j]}; the principal gets {@code rewards[j]} from outcome {@code j}. A
 * contract is a payment {@code t[j] >= 0} per outcome (limited liability); the agent then picks an
 * action maximising {@code sum_j F[i][j] t[j] - c[i]}, breaking ties in the principal's favour, and the
 * principal earns {@code sum_j F[i][j] (r[j] - t[j])}.
 *
 * <p>P. Dütting, T. Roughgarden and I. Talgam-Cohen, "Simple versus Optimal Contracts", EC 2019.
 *
 * @param outcomeProbabilities one distribution over outcomes per action, copied
 * @param costs one finite non-negative cost per action, copied
 * @param rewards one finite reward per outcome, copied
 */
public record ContractProblem(double[][] outcomeProbabilities, double[] costs, double[] rewards) {

  /** Tolerance for the agent's indifference (ties go to the principal). */
  public static final double TIE_TOLERANCE = 1e-9;

  public ContractProblem {
    if (costs.length == 0 || costs.length != outcomeProbabilities.length) {
      throw new IllegalArgumentException("need one cost per action and at least one action; got " + costs.length
          + " costs for " + outcomeProbabilities.length + " actions");
    }
    if (rewards.length == 0) {
      throw new IllegalArgumentException("need at least one outcome");
    }
    double[][] copy = new double[outcomeProbabilities.length][];
    for (int i = 0; i < copy.length; i++) {
      double[] row = outcomeProbabilities[i];
      if (row.length != rewards.length) {
        throw new IllegalArgumentException("action " + i + " has " + row.length + " outcome probabilities; expected "
            + rewards.length);
      }
      double total = 0;
      for (int j = 0; j < row.length; j++) {
        if (!(row[j] >= 0) || row[j] > 1) {
          throw new IllegalArgumentException("action " + i + " outcome " + j + " probability " + row[j]
              + " is not in [0, 1]");
        }
        total += row[j];
      }
      if (Math.abs(total - 1) > 1e-9) {
        throw new IllegalArgumentException("action " + i + " outcome probabilities sum to " + total + "; must be 1");
      }
      if (!(costs[i] >= 0) || Double.isInfinite(costs[i])) {
        throw new IllegalArgumentException("action " + i + " cost " + costs[i] + " must be finite and >= 0");
      }
      copy[i] = row.clone();
    }
    for (int j = 0; j < rewards.length; j++) {
      if (!Double.isFinite(rewards[j])) {
        throw new IllegalArgumentException("outcome " + j + " reward " + rewards[j] + " must be finite");
      }
    }
    outcomeProbabilities = copy;
    costs = costs.clone();
    rewards = rewards.clone();
  }

  /** Number of actions. */
  public int actions() {
    return costs.length;
  }

  /** Number of outcomes. */
  public int outcomes() {
    return rewards.length;
  }

  /** {@code F[action][outcome]}. */
  public double probability(int action, int outcome) {
    return outcomeProbabilities[action][outcome];
  }

  /** The cost of {@code action}. */
  public double cost(int action) {
    return costs[action];
  }

  /** The reward of {@code outcome}. */
  public double reward(int outcome) {
    return rewards[outcome];
  }

  /** The principal's expected reward {@code R_i = sum_j F[i][j] r[j]} from {@code action}. */
  public double expectedReward(int action) {
    return expectedPayment(action, rewards);
  }

  /** The expected payment {@code sum_j F[i][j] t[j]} of contract {@code payments} under {@code action}. */
  public double expectedPayment(int action, double[] payments) {
    double total = 0;
    double[] row = outcomeProbabilities[action];
    for (int j = 0; j < row.length; j++) {
      total += row[j] * payments[j];
    }
    return total;
  }

  /**
   * The agent's best response to {@code payments}: an action maximising its expected payment minus cost,
   * among those within {@link #TIE_TOLERANCE} of the best the one best for the principal.
   */
  public int agentBestResponse(double[] payments) {
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < actions(); i++) {
      best = Math.max(best, expectedPayment(i, payments) - costs[i]);
    }
    int chosen = -1;
    double chosenValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < actions(); i++) {
      if (expectedPayment(i, payments) - costs[i] >= best - TIE_TOLERANCE) {
        double principal = expectedReward(i) - expectedPayment(i, payments);
        if (principal > chosenValue) {
          chosenValue = principal;
          chosen = i;
        }
      }
    }
    return chosen;
  }

  /** The principal's expected utility when the agent best-responds to {@code payments}. */
  public double principalUtility(double[] payments) {
    int action = agentBestResponse(payments);
    return expectedReward(action) - expectedPayment(action, payments);
  }
}
