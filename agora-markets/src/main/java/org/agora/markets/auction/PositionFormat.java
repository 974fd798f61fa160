package org.agora.markets.auction;

/**
 * How a position (multi-slot) auction prices its slots. Bidders are ranked by score (bid x quality);
 * slot j goes to the j-th highest score at or above the reserve.
 */
public enum PositionFormat {
  /**
   * Generalized second price: the winner of slot j pays, per click, the least bid that keeps its rank
   * (the next score divided by its own quality, at least the reserve): {@code e_j x max(s_{j+1}, r q_i)} in
   * all (Edelman,
   * Ostrovsky and Schwarz, "Internet Advertising and the Generalized Second-Price Auction", AER 2007;
   * Varian, "Position Auctions", IJIO 2007).
   */
  GSP,
  /**
   * Vickrey–Clarke–Groves: the winner of slot j pays the externality it imposes on the bidders below,
   * sum over k >= j of (e_k - e_{k+1}) x (score of rank k+1), the reserve times its quality standing in
   * for missing competitors; bidding one's value is dominant.
   */
  VCG
}
