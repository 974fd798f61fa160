package org.agora.markets.auction;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A single-item sealed-bid auction over primitive arrays: {@link #run} reads the bids, writes every
 * bidder's payment into a caller's array and returns the winner, allocating nothing, so one instance
 * runs millions of auctions a second per core. Bids below the reserve are not in the auction: with no
 * bid at or above it the item is not sold. Not thread-safe (one per thread).
 *
 * <p>Formats: {@link SingleItemFormat}; ties: {@link TieRule}. Theory behind the tests: with n
 * bidders with i.i.d. U[0,1] values, truthful second-price bidding, the first-price equilibrium
 * {@code b(v) = (n-1)v/n} and the all-pay equilibrium {@code b(v) = (n-1)v^n/n} all give expected revenue
 * {@code (n-1)/(n+1)} (revenue equivalence: Myerson, "Optimal Auction Design", Math. Oper. Res. 1981;
 * Riley and Samuelson, "Optimal Auctions", AER 1981).
 */
public final class SingleItemAuction {

  private final SingleItemFormat format;
  private final double reserve;
  private final TieRule ties;

  /**
   * An auction of this format, reserve and tie rule.
   *
   * @throws IllegalArgumentException for a negative or non-finite reserve
   */
  public SingleItemAuction(SingleItemFormat format, double reserve, TieRule ties) {
    this.format = Objects.requireNonNull(format, "format");
    this.ties = Objects.requireNonNull(ties, "ties");
    if (!(reserve >= 0) || Double.isInfinite(reserve)) {
      throw new IllegalArgumentException("the reserve must be finite and >= 0, got " + reserve);
    }
    this.reserve = reserve;
  }

  /** The format. */
  public SingleItemFormat format() {
    return format;
  }

  /** The reserve price. */
  public double reserve() {
    return reserve;
  }

  /**
   * Runs one auction among the first {@code bidders} entries of {@code bids}.
   *
   * @param bids each bidder's bid (finite, >= 0)
   * @param bidders how many bidders take part
   * @param payments receives each bidder's payment (its first {@code bidders} entries are written)
   * @param random breaks ties under {@link TieRule#UNIFORM} (may be null under {@link TieRule#LOWEST_INDEX})
   * @return the winner's index, or -1 when no bid reaches the reserve
   * @throws IllegalArgumentException for a negative or non-finite bid (checked as the bids are read)
   */
  public int run(double[] bids, int bidders, double[] payments, SplittableRandom random) {
    int winner = -1;
    double highest = -1;
    double second = -1;
    int tied = 0;
    for (int i = 0; i < bidders; i++) {
      double bid = bids[i];
      if (!(bid >= 0) || bid == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("bid " + i + " is " + bid + "; bids must be finite and >= 0");
      }
      payments[i] = 0;
      if (bid < reserve) {
        continue;
      }
      if (bid > highest) {
        second = highest;
        highest = bid;
        winner = i;
        tied = 1;
      } else if (bid == highest) {
        second = highest;
        tied++;
        // reservoir sampling: the k-th tied bidder replaces the current one with probability 1/k
        if (ties == TieRule.UNIFORM && random.nextInt(tied) == 0) {
          winner = i;
        }
      } else if (bid > second) {
        second = bid;
      }
    }
    if (winner < 0) {
      return -1;
    }
    switch (format) {
      case FIRST_PRICE -> payments[winner] = highest;
      case SECOND_PRICE -> payments[winner] = Math.max(second, reserve);
      case ALL_PAY -> {
        for (int i = 0; i < bidders; i++) {
          if (bids[i] >= reserve) {
            payments[i] = bids[i];
          }
        }
      }
      default -> throw new IllegalStateException(format.toString());
    }
    return winner;
  }
}
