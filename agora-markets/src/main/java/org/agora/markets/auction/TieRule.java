package org.agora.markets.auction;

/** Who wins when several bidders tie at the highest bid. */
public enum TieRule {
  /** The tied bidder with the lowest index (deterministic; the usual rule in simulators). */
  LOWEST_INDEX,
  /** One of the tied bidders, uniformly at random from the auction's random source. */
  UNIFORM
}
