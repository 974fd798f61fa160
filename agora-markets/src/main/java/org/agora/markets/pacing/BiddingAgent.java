package org.agora.markets.pacing;

import java.util.SplittableRandom;

/**
 * A bidder in a repeated auction that decides once per decision step (AuctionNet uses 48 steps a
 * period; one step per auction recovers per-auction algorithms). In a step it bids
 * {@code multiplier x value} in each auction it enters, where {@code value} is its value of the
 * opportunity (CTR x conversion value, or the CPA target times the conversion probability for a
 * CPA campaign), and enters each auction with probability {@link #participation(int)}. Budgets are
 * enforced by the simulation: a bidder never pays more than its remaining budget.
 *
 * <p>Implementations are mutable, used by one simulation thread, and deterministic given the random
 * source handed to {@link #startPeriod}.
 */
public interface BiddingAgent {

  /** Begins a period of {@code campaign.steps()} steps with {@code opportunities} auctions in all. */
  void startPeriod(Campaign campaign, int opportunities, SplittableRandom random);

  /** The bid multiplier for step {@code step}: finite and &gt;= 0. */
  double multiplier(int step);

  /** The probability of entering each auction of step {@code step}, in [0, 1]; 1 unless throttled. */
  default double participation(int step) {
    return 1.0;
  }

  /** Reports the outcome of step {@code step}, after its auctions. */
  void endStep(int step, StepOutcome outcome);
}
