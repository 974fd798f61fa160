package org.agora.markets.pacing;

import java.util.SplittableRandom;

/**
 * Bids its value in every auction (multiplier 1), the dominant strategy of a bidder without a budget in
 * second-price and VCG auctions (Vickrey, "Counterspeculation, Auctions, and Competitive Sealed
 * Tenders", J. Finance 1961) and AuctionGym's truthful bidder (Jeunen, Murphy and Allison, "Learning to
 * Bid with AuctionGym", 2022). Its budget still binds: the simulation caps its bids at what is left.
 */
public final class TruthfulBidder implements BiddingAgent {

  @Override
  public void startPeriod(Campaign campaign, int opportunities, SplittableRandom random) {}

  @Override
  public double multiplier(int step) {
    return 1.0;
  }

  @Override
  public void endStep(int step, StepOutcome outcome) {}
}
