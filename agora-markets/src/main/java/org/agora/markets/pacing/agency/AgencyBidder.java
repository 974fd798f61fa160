package org.agora.markets.pacing.agency;

/**
 * An agency that bids for several budget-constrained clients in repeated second-price auctions. In each
 * round it sees every client's value of the auction and submits one bid per client (0 to abstain); after
 * the auction it learns what each client pays. A client never bids more than its remaining budget, so
 * in a second-price auction it never pays more than that. Mutable; one per simulation thread.
 */
public sealed interface AgencyBidder permits CoordinatedAgencyBidder, IndependentPacingBidders {

  /** The number of clients. */
  int clients();

  /** Begins a period of {@code rounds} auctions with every client's full budget. */
  void startPeriod(int rounds);

  /**
   * This round's bids.
   *
   * @param values each client's value of the auction (finite, &gt;= 0)
   * @param bids receives each client's bid (its first {@link #clients()} entries are written)
   */
  void bids(double[] values, double[] bids);

  /** Reports each client's payment in the round just held. */
  void settle(double[] payments);

  /** What client {@code client} has left of its budget. */
  double remainingBudget(int client);

  /** Client {@code client}'s budget. */
  double budget(int client);
}
