package org.agora.markets.pacing;

import java.util.SplittableRandom;

/**
 * Bids a fixed fraction of its value, AuctionGym's linear bid shading (Jeunen, Murphy and Allison,
 * "Learning to Bid with AuctionGym", 2022); with {@code n} i.i.d. U[0,1] bidders in a first-price auction
 * the factor {@code (n-1)/n} is the symmetric Bayes–Nash equilibrium (Vickrey, 1961).
 */
public final class ShadedBidder implements BiddingAgent {

  private final double factor;

  /**
   * A bidder that bids {@code factor x value}.
   *
   * @throws IllegalArgumentException unless {@code factor} is finite and &gt;= 0
   */
  public ShadedBidder(double factor) {
    if (!(factor >= 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("a shading factor must be finite and >= 0, got " + factor);
    }
    this.factor = factor;
  }

  /** The shading factor. */
  public double factor() {
    return factor;
  }

  @Override
  public void startPeriod(Campaign campaign, int opportunities, SplittableRandom random) {}

  @Override
  public double multiplier(int step) {
    return factor;
  }

  @Override
  public void endStep(int step, StepOutcome outcome) {}
}
