package org.agora.markets.pacing;

import java.util.SplittableRandom;
import org.agora.markets.auction.AuctionRules;
import org.agora.markets.auction.PositionAuction;
import org.agora.markets.auction.SingleItemAuction;

/**
 * Clears the auctions of a simulation one opportunity at a time, in opportunity order, and books the
 * outcome: budgets, spend, value, sampled conversions, revenue and welfare. Allocation-free: every
 * array is made once.
 *
 * <p>Budgets: a bidder with nothing left does not bid, and a bid is capped so that the most the auction
 * could charge does not exceed what is left: a single-item bid at the remaining budget, a per-click bid at
 * {@code remaining / (e_0 x quality)} (no position payment exceeds {@code e_0 x} the bidder's score). A bid
 * of 0 is no bid. So a bidder never pays more than its remaining budget (its period spend exceeds the
 * budget by float rounding at most, 1e-12 relative), and no auction is undone.
 */
final class OpportunityClearing {

  private final AuctionRules rules;
  private final SingleItemAuction single;
  private final PositionAuction position;
  private final double topExposure;
  private final int bidders;
  private final double[] conversionValue;
  private final double[] bids;
  private final double[] quality;
  private final int[] who;
  private final int[] slotOf;
  private final double[] payments;
  final long[] entered;
  final long[] wins;
  final double[] spend;
  final double[] value;
  final double[] conversions;
  double revenue;
  double welfare;

  OpportunityClearing(AuctionRules rules, double[] conversionValue) {
    this.rules = rules;
    this.bidders = conversionValue.length;
    this.conversionValue = conversionValue.clone();
    if (rules.isPosition()) {
      position = new PositionAuction(rules.position(), rules.exposure(), rules.reserve(), rules.ties());
      single = null;
    } else {
      single = new SingleItemAuction(rules.singleItem(), rules.reserve(), rules.ties());
      position = null;
    }
    topExposure = rules.exposureOf(0);
    bids = new double[bidders];
    quality = new double[bidders];
    who = new int[bidders];
    slotOf = new int[bidders];
    payments = new double[bidders];
    entered = new long[bidders];
    wins = new long[bidders];
    spend = new double[bidders];
    value = new double[bidders];
    conversions = new double[bidders];
  }

  /** Zeroes the per-step totals. */
  void startStep() {
    java.util.Arrays.fill(entered, 0);
    java.util.Arrays.fill(wins, 0);
    java.util.Arrays.fill(spend, 0);
    java.util.Arrays.fill(value, 0);
    java.util.Arrays.fill(conversions, 0);
  }

  /**
   * Clears one opportunity (row {@code row} of the step's draws).
   *
   * @param regret records what the chosen bidder faced, or null
   * @param opportunity the opportunity's index in the period (for {@code regret})
   */
  void clear(int row, double[] clickRate, double[] conversionRate, double[] multiplier, double[] participation,
      double[] remaining, SplittableRandom random, HindsightRegret regret, int opportunity) {
    int base = row * bidders;
    boolean positional = position != null;
    int k = 0;
    for (int i = 0; i < bidders; i++) {
      if (!(remaining[i] > 0)) {
        continue;
      }
      double p = participation[i];
      if (p < 1 && !(random.nextDouble() < p)) {
        continue;
      }
      double q = clickRate[base + i];
      double perClick = multiplier[i] * conversionRate[base + i] * conversionValue[i];
      double bid;
      if (positional) {
        if (!(q > 0)) {
          continue;
        }
        bid = Math.min(perClick, remaining[i] / (topExposure * q));
      } else {
        bid = Math.min(perClick * q, remaining[i]);
      }
      if (!(bid > 0)) {
        continue;
      }
      bids[k] = bid;
      quality[k] = q;
      who[k] = i;
      k++;
      entered[i]++;
    }
    if (regret != null) {
      int r = regret.bidder();
      regret.record(opportunity, clickRate[base + r], conversionRate[base + r] * conversionValue[r], bids, quality, who,
          k);
    }
    if (k == 0) {
      return;
    }
    if (positional) {
      position.run(bids, quality, k, slotOf, payments, random);
      for (int j = 0; j < k; j++) {
        int i = who[j];
        if (slotOf[j] >= 0) {
          double e = rules.exposureOf(slotOf[j]);
          double expected = e * quality[j] * conversionRate[base + i];
          win(i, expected * conversionValue[i], expected, random);
        }
        pay(i, payments[j], remaining);
      }
    } else {
      int winner = single.run(bids, k, payments, random);
      if (winner >= 0) {
        int i = who[winner];
        double expected = quality[winner] * conversionRate[base + i];
        win(i, expected * conversionValue[i], expected, random);
      }
      for (int j = 0; j < k; j++) {
        pay(who[j], payments[j], remaining);
      }
    }
  }

  private void win(int i, double wonValue, double conversionProbability, SplittableRandom random) {
    wins[i]++;
    value[i] += wonValue;
    welfare += wonValue;
    if (random.nextDouble() < Math.min(1, conversionProbability)) {
      conversions[i]++;
    }
  }

  private void pay(int i, double payment, double[] remaining) {
    if (payment > 0) {
      double charged = Math.min(payment, remaining[i]); // only rounding can make the cap bind
      remaining[i] -= charged;
      spend[i] += charged;
      revenue += charged;
    }
  }
}
