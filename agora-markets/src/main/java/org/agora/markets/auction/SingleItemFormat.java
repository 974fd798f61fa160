package org.agora.markets.auction;

/**
 * How a single-item sealed-bid auction prices its item (Krishna, "Auction Theory", 2nd ed., ch. 2-3).
 * The highest bid at or above the reserve wins in every format.
 */
public enum SingleItemFormat {
  /** The winner pays its bid; losers pay nothing. */
  FIRST_PRICE,
  /** The winner pays the larger of the highest losing bid and the reserve (Vickrey, 1961). */
  SECOND_PRICE,
  /** Every bidder at or above the reserve pays its bid, win or lose; bids below the reserve pay nothing. */
  ALL_PAY
}
