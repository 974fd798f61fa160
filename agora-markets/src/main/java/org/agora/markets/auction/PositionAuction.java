package org.agora.markets.auction;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A position auction in the separable click model (Varian, "Position Auctions", IJIO 2007): {@code K}
 * slots with decreasing exposures {@code e_j} (position effects, e.g. AuctionNet's [1, 0.8, 0.6]);
 * bidder i placed in slot j gets {@code e_j x q_i} clicks (q_i its quality, CTR-like), worth
 * {@code v_i} each; bids are per click. Bidders are ranked by score {@code s_i = b_i x q_i}; the j-th
 * highest score among bids at or above the per-click reserve {@code r} takes slot j; payments (totals
 * for the slot's clicks) per {@link PositionFormat}, with {@code r x q_i} as the score of a missing
 * competitor. Allocation-free: the top K + 1 bidders are kept in arrays made once. Not thread-safe.
 */
public final class PositionAuction {

  private final PositionFormat format;
  private final double[] exposure;
  private final double reserve;
  private final TieRule ties;
  private final int[] topBidder;
  private final double[] topScore;
  private final long[] topPriority;

  /**
   * An auction with these slots.
   *
   * @param exposure each slot's exposure, non-increasing, positive and finite (slot 0 first)
   * @throws IllegalArgumentException for no slot, an increasing or non-positive exposure, or a bad reserve
   */
  public PositionAuction(PositionFormat format, double[] exposure, double reserve, TieRule ties) {
    this.format = Objects.requireNonNull(format, "format");
    this.ties = Objects.requireNonNull(ties, "ties");
    if (exposure.length == 0) {
      throw new IllegalArgumentException("a position auction needs at least one slot");
    }
    for (int k = 0; k < exposure.length; k++) {
      if (!(exposure[k] > 0) || Double.isInfinite(exposure[k]) || (k > 0 && exposure[k] > exposure[k - 1])) {
        throw new IllegalArgumentException("slot exposures must be positive, finite and non-increasing; slot " + k
            + " has " + exposure[k]);
      }
    }
    if (!(reserve >= 0) || Double.isInfinite(reserve)) {
      throw new IllegalArgumentException("the reserve must be finite and >= 0, got " + reserve);
    }
    this.exposure = exposure.clone();
    this.reserve = reserve;
    this.topBidder = new int[exposure.length + 1];
    this.topScore = new double[exposure.length + 1];
    this.topPriority = new long[exposure.length + 1];
  }

  /** The number of slots. */
  public int slots() {
    return exposure.length;
  }

  /**
   * Runs one auction among the first {@code bidders} bidders.
   *
   * @param bids bids per unit of exposure and quality (finite, >= 0)
   * @param quality each bidder's quality (CTR-like factor, finite, > 0), or null for all 1
   * @param slotOf receives each bidder's slot, or -1
   * @param payments receives each bidder's payment
   * @param random breaks ties under {@link TieRule#UNIFORM}
   * @return the number of slots filled
   */
  public int run(double[] bids, double[] quality, int bidders, int[] slotOf, double[] payments, SplittableRandom random) {
    int slots = exposure.length;
    int kept = 0; // the top min(K + 1, eligible) bidders, best first
    for (int i = 0; i < bidders; i++) {
      double bid = bids[i];
      double q = quality == null ? 1.0 : quality[i];
      if (!(bid >= 0) || bid == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("bid " + i + " is " + bid + "; bids must be finite and >= 0");
      }
      if (!(q > 0) || q == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("quality " + i + " is " + q + "; qualities must be finite and > 0");
      }
      slotOf[i] = -1;
      payments[i] = 0;
      if (bid < reserve) {
        continue;
      }
      double score = bid * q;
      long priority = ties == TieRule.UNIFORM ? random.nextLong() : -i; // LOWEST_INDEX: earlier wins ties
      int at = kept;
      while (at > 0 && (score > topScore[at - 1] || (score == topScore[at - 1] && priority > topPriority[at - 1]))) {
        at--;
      }
      if (at > slots) {
        continue;
      }
      int last = Math.min(kept, slots); // shift down, dropping the (K + 2)-th
      for (int k = last; k > at; k--) {
        topBidder[k] = topBidder[k - 1];
        topScore[k] = topScore[k - 1];
        topPriority[k] = topPriority[k - 1];
      }
      topBidder[at] = i;
      topScore[at] = score;
      topPriority[at] = priority;
      kept = Math.min(kept + 1, slots + 1);
    }
    int filled = Math.min(kept, slots);
    for (int j = 0; j < filled; j++) {
      int winner = topBidder[j];
      double q = quality == null ? 1.0 : quality[winner];
      slotOf[winner] = j;
      double floor = reserve * q; // the score of a missing competitor
      payments[winner] = format == PositionFormat.GSP ? exposure[j] * Math.max(next(j, kept), floor)
          : vcg(j, kept, floor);
    }
    return filled;
  }

  /** The score of rank {@code j + 1}, or 0 when there is none. */
  private double next(int j, int kept) {
    return j + 1 < kept ? topScore[j + 1] : 0;
  }

  /**
   * The VCG payment of the winner of slot j: the value its presence takes from the bidders below,
   * {@code sum_{k >= j} (e_k - e_{k+1}) x s_{k+1}} ({@code e_K = 0}), a missing competitor scoring
   * {@code floor}.
   */
  private double vcg(int j, int kept, double floor) {
    int slots = exposure.length;
    double payment = 0;
    for (int k = j; k < slots; k++) {
      double drop = exposure[k] - (k + 1 < slots ? exposure[k + 1] : 0);
      payment += drop * (k + 1 < kept ? Math.max(topScore[k + 1], floor) : floor);
    }
    return payment;
  }
}
