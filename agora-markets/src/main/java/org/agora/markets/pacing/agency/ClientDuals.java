package org.agora.markets.pacing.agency;

/**
 * Per-client dual budget pacing (Balseiro and Gur, "Learning in Repeated Auctions with Budgets: Regret
 * Minimization and Equilibrium", Management Science 2019), the building block of both agency bidders:
 * client {@code i} with budget {@code B_i} over {@code T} rounds targets {@code rho_i = B_i / T} a round,
 * bids {@code v / (1 + mu_i)} capped by its remaining budget, and after each round moves
 * {@code mu_i <- max(0, mu_i - eta (rho_i - z_i) / rho_i)} for its payment {@code z_i}.
 */
final class ClientDuals {

  private final double[] budget;
  private final double stepSize;
  private final double[] remaining;
  private final double[] target;
  private final double[] dual;

  ClientDuals(double[] budgets, double stepSize) {
    if (budgets.length == 0) {
      throw new IllegalArgumentException("an agency needs at least one client");
    }
    for (int i = 0; i < budgets.length; i++) {
      if (!(budgets[i] > 0) || Double.isInfinite(budgets[i])) {
        throw new IllegalArgumentException("client " + i + " has budget " + budgets[i] + "; budgets must be finite and > 0");
      }
    }
    if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
      throw new IllegalArgumentException("the step size must be finite and > 0, got " + stepSize);
    }
    this.budget = budgets.clone();
    this.stepSize = stepSize;
    this.remaining = budgets.clone();
    this.target = new double[budgets.length];
    this.dual = new double[budgets.length];
  }

  int clients() {
    return budget.length;
  }

  void start(int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("a period needs at least one round, got " + rounds);
    }
    for (int i = 0; i < budget.length; i++) {
      remaining[i] = budget[i];
      target[i] = budget[i] / rounds;
      dual[i] = 0;
    }
  }

  /** Client i's paced bid for value v, capped by its remaining budget. */
  double pacedBid(int client, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("client " + client + " has value " + value + "; values must be finite and >= 0");
    }
    return Math.min(value / (1 + dual[client]), remaining[client]);
  }

  void settle(double[] payments) {
    for (int i = 0; i < budget.length; i++) {
      double paid = payments[i];
      remaining[i] = Math.max(0, remaining[i] - paid);
      dual[i] = Math.max(0, dual[i] - stepSize * (target[i] - paid) / target[i]);
    }
  }

  double remaining(int client) {
    return remaining[client];
  }

  double budget(int client) {
    return budget[client];
  }

  double dual(int client) {
    return dual[client];
  }
}
