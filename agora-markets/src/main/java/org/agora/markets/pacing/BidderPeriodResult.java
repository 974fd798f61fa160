package org.agora.markets.pacing;

/**
 * One bidder's totals over one period.
 *
 * @param bidder the bidder's index
 * @param period the period's index
 * @param description the bidder string
 * @param budget the period's budget ({@link BidderSetup#UNLIMITED} when none)
 * @param cpaTarget the CPA target, or NaN
 * @param spend what it paid
 * @param value the expected value it won (sum over wins of exposure x pCTR x pCVR x conversion value)
 * @param conversions the conversions it realised (sampled)
 * @param entered the auctions it entered
 * @param wins the auctions it won a slot (or the item) in
 */
public record BidderPeriodResult(int bidder, int period, String description, double budget, double cpaTarget,
    double spend, double value, double conversions, long entered, long wins) {

  /** Cost per acquisition, {@code spend / conversions} (infinite with spend and no conversion, NaN with neither). */
  public double cpa() {
    return conversions > 0 ? spend / conversions : spend > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
  }

  /** Return on spend, {@code value / spend} (NaN without spend). */
  public double roi() {
    return spend > 0 ? value / spend : Double.NaN;
  }

  /** The share of the budget spent (0 for an unlimited budget). */
  public double budgetUsed() {
    return budget >= BidderSetup.UNLIMITED ? 0 : spend / budget;
  }

  /**
   * The AuctionNet score (Su et al., NeurIPS 2024): {@code conversions x min(1, cpaTarget / CPA)^2}, the
   * conversions when the bidder has no CPA target, and 0 without conversions.
   */
  public double score() {
    if (!(conversions > 0)) {
      return 0;
    }
    if (Double.isNaN(cpaTarget) || spend <= 0) {
      return conversions;
    }
    double ratio = Math.min(1, cpaTarget / (spend / conversions));
    return conversions * ratio * ratio;
  }
}
