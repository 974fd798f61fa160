package org.agora.markets.pacing.agency;

/**
 * The benchmark of Chen et al. (ICML 2023, see {@link CoordinatedAgencyBidder}): every client paces its
 * own budget with dual descent (Balseiro and Gur, Management Science 2019) and bids
 * {@code v / (1 + mu_i)}, so clients of the same agency bid against each other and raise each other's
 * second prices. {@code O(clients)} a round, allocation-free.
 */
public final class IndependentPacingBidders implements AgencyBidder {

  private final ClientDuals duals;

  /**
   * Independent pacers.
   *
   * @param budgets each client's budget for a period (finite, &gt; 0)
   * @param stepSize the dual step {@code eta} (finite, &gt; 0; about {@code 1 / sqrt(T)} for T rounds)
   */
  public IndependentPacingBidders(double[] budgets, double stepSize) {
    this.duals = new ClientDuals(budgets, stepSize);
  }

  @Override
  public int clients() {
    return duals.clients();
  }

  @Override
  public void startPeriod(int rounds) {
    duals.start(rounds);
  }

  @Override
  public void bids(double[] values, double[] bids) {
    for (int i = 0; i < duals.clients(); i++) {
      bids[i] = duals.pacedBid(i, values[i]);
    }
  }

  @Override
  public void settle(double[] payments) {
    duals.settle(payments);
  }

  @Override
  public double remainingBudget(int client) {
    return duals.remaining(client);
  }

  @Override
  public double budget(int client) {
    return duals.budget(client);
  }

  /** Client {@code client}'s dual variable {@code mu_i}. */
  public double dual(int client) {
    return duals.dual(client);
  }
}
