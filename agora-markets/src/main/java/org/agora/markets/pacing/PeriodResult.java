package org.agora.markets.pacing;

import java.util.List;

/**
 * The totals of one period.
 *
 * @param period the period's index
 * @param auctions the auctions held
 * @param revenue the platform's revenue (all payments)
 * @param welfare the expected value won by all bidders
 * @param bidders each bidder's totals, by bidder index
 */
public record PeriodResult(int period, long auctions, double revenue, double welfare, List<BidderPeriodResult> bidders) {

  public PeriodResult {
    bidders = List.copyOf(bidders);
  }
}
