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
  private final boolean allPay; // every entrant pays: the candidate path does not apply
  private final int bidders;
  private final double[] conversionValue;
  private final double[] bids;
  // the entries of the auction being cleared
  private final double[] quality;
  private final int[] who;
  private final int[] slotOf;
  private final double[] payments;
  final long[] entered;
  /** The row at which each bidder's budget ran out in this step, or -1. */
  final int[] exhaustedAt;
  /** Looks at every bidder of every opportunity (for tests: same results as the candidate path). */
  boolean exhaustive;
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
    allPay = rules.singleItem() == org.agora.markets.auction.SingleItemFormat.ALL_PAY;
    bids = new double[bidders];
    quality = new double[bidders];
    who = new int[bidders];
    slotOf = new int[bidders];
    payments = new double[bidders];
    entered = new long[bidders];
    exhaustedAt = new int[bidders];
    wins = new long[bidders];
    spend = new double[bidders];
    value = new double[bidders];
    conversions = new double[bidders];
  }

  /** Zeroes the per-step totals. */
  void startStep() {
    java.util.Arrays.fill(exhaustedAt, -1);
    java.util.Arrays.fill(entered, 0);
    java.util.Arrays.fill(wins, 0);
    java.util.Arrays.fill(spend, 0);
    java.util.Arrays.fill(value, 0);
    java.util.Arrays.fill(conversions, 0);
  }

  /**
   * Clears one opportunity (row {@code row} of the step's buffers). The sampler's candidates, capped, give
   * the auction's outcome when at least {@code slots + 1} of them (one more with a regret bidder) still
   * score above the threshold (no bidder left out can then reach the top ranks, since caps only lower
   * scores); otherwise, and always in all-pay auctions (where every entrant pays), every bidder is looked
   * at. Both give the same auction: entries go to it in bidder order.
   *
   * @param regret records what the chosen bidder faced, or null
   * @param opportunity the opportunity's index in the period (for {@code regret})
   */
  void clear(int row, OpportunitySampler.Step step, double[] remaining, SplittableRandom random,
      HindsightRegret regret, int opportunity) {
    int base = row * bidders;
    int k = 0;
    if (!exhaustive && !allPay) {
      int width = step.width;
      int slot = row * width;
      double threshold = step.threshold[row];
      int above = 0;
      for (int c = 0; c < width; c++) {
        int i = step.candidates[slot + c];
        if (i < 0) {
          break;
        }
        if (enter(i, k, base, step, remaining)) {
          if ((position != null ? bids[k] * quality[k] : bids[k]) > threshold) {
            above++;
          }
          k++;
        }
      }
      int need = rules.slots() + (regret != null ? 2 : 1);
      if (threshold >= 0 && above < need) {
        k = -1;
      } else {
        sortByBidder(k);
      }
    }
    if (exhaustive || allPay || k < 0) {
      k = 0;
      for (int i = 0; i < bidders; i++) {
        if (step.entering[base + i] && enter(i, k, base, step, remaining)) {
          k++;
        }
      }
    }
    double[] clickRate = step.clickRate;
    double[] conversionRate = step.conversionRate;
    if (regret != null) {
      int r = regret.bidder();
      regret.record(opportunity, clickRate[base + r], conversionRate[base + r] * conversionValue[r], bids, quality, who,
          k);
    }
    if (k == 0) {
      return;
    }
    if (position != null) {
      position.run(bids, quality, k, slotOf, payments, random);
      for (int j = 0; j < k; j++) {
        int i = who[j];
        if (slotOf[j] >= 0) {
          double e = rules.exposureOf(slotOf[j]);
          double expected = e * quality[j] * conversionRate[base + i];
          win(i, expected * conversionValue[i], expected, random);
        }
        pay(i, payments[j], remaining, row);
      }
    } else {
      int winner = single.run(bids, k, payments, random);
      if (winner >= 0) {
        int i = who[winner];
        double expected = quality[winner] * conversionRate[base + i];
        win(i, expected * conversionValue[i], expected, random);
      }
      for (int j = 0; j < k; j++) {
        pay(who[j], payments[j], remaining, row);
      }
    }
  }

  /** Puts bidder {@code i}'s capped bid at entry {@code k}; false when it has no budget or the cap leaves no valid bid. */
  private boolean enter(int i, int k, int base, OpportunitySampler.Step step, double[] remaining) {
    if (!(remaining[i] > 0)) {
      return false;
    }
    double q = step.clickRate[base + i];
    double perClick = step.multiplier[i] * step.conversionRate[base + i] * conversionValue[i];
    double bid = position != null ? Math.min(perClick, remaining[i] / (topExposure * q))
        : Math.min(perClick * q, remaining[i]);
    if (!(bid > 0) || bid < rules.reserve()) {
      return false;
    }
    bids[k] = bid;
    quality[k] = q;
    who[k] = i;
    return true;
  }

  /** Orders the first {@code k} entries by bidder index (insertion sort: k is small). */
  private void sortByBidder(int k) {
    for (int a = 1; a < k; a++) {
      int i = who[a];
      double b = bids[a];
      double q = quality[a];
      int at = a;
      while (at > 0 && who[at - 1] > i) {
        who[at] = who[at - 1];
        bids[at] = bids[at - 1];
        quality[at] = quality[at - 1];
        at--;
      }
      who[at] = i;
      bids[at] = b;
      quality[at] = q;
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

  private void pay(int i, double payment, double[] remaining, int row) {
    if (payment > 0) {
      double charged = Math.min(payment, remaining[i]); // only rounding can make the cap bind
      remaining[i] -= charged;
      if (!(remaining[i] > 0) && exhaustedAt[i] < 0) {
        exhaustedAt[i] = row;
      }
      spend[i] += charged;
      revenue += charged;
    }
  }
}
