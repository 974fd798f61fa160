package org.agora.markets.pacing.agency;

/**
 * Coordinated dynamic bidding for an agency's clients: Yurong Chen, Qian Wang, Zhijian Duan, Haoran Sun,
 * Zhaohua Chen, Xiang Yan and Xiaotie Deng, "Coordinated Dynamic Bidding in Repeated Second-Price
 * Auctions with Budgets", ICML 2023 (arXiv 2306.07709).
 *
 * <p><b>Model.</b> An agency bids for {@code n} clients in {@code T} repeated second-price auctions; client
 * {@code i} has a value {@code v_{i,t}} of auction {@code t} and a budget {@code B_i}, and wants its
 * utility (value won minus payments) subject to its budget. Outside bidders set the highest competing bid
 * {@code d_t}. When several clients bid independently, the runner-up client's bid can set the winner's
 * price: the agency's clients pay each other.
 *
 * <p><b>Algorithm</b> (our reading of the paper's coordinated dual-based bidding). Each client keeps its own budget dual {@code mu_i} and paced bid
 * {@code b_i = v_i / (1 + mu_i)}, as in dual-based pacing; in each round the agency submits only the
 * highest paced bid among its clients (ties to the lowest index) and has every other client abstain, so
 * the winning client pays {@code max(d_t, reserve)} instead of {@code max(d_t, second-highest client bid)}.
 * Every client then moves its dual on its own spend, {@code mu_i <- max(0, mu_i - eta (rho_i - z_i) / rho_i)}
 * with {@code rho_i = B_i / T}. The paper proves that such coordinated bidding gives every client at least
 * the utility of the best it could get bidding independently (asymptotically, in its stochastic model),
 * and in symmetric cases maximal coalition welfare.
 *
 * <p><b>Departures.</b> The dual step is normalised by each client's per-round target (a scale-free step);
 * the paper's treatment of incentives to misreport budgets is not modelled. {@code O(n)} a round,
 * allocation-free. Mutable; one per thread.
 */
public final class CoordinatedAgencyBidder implements AgencyBidder {

  private final ClientDuals duals;

  /**
   * A coordinating agency.
   *
   * @param budgets each client's budget for a period (finite, &gt; 0)
   * @param stepSize the dual step {@code eta} (finite, &gt; 0; about {@code 1 / sqrt(T)} for T rounds)
   */
  public CoordinatedAgencyBidder(double[] budgets, double stepSize) {
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
    int best = -1;
    double highest = 0;
    for (int i = 0; i < duals.clients(); i++) {
      double bid = duals.pacedBid(i, values[i]);
      bids[i] = 0;
      if (bid > highest) {
        highest = bid;
        best = i;
      }
    }
    if (best >= 0) {
      bids[best] = highest;
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
