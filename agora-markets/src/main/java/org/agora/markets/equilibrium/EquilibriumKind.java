package org.agora.markets.equilibrium;

/** Which equilibrium a {@link MarketEquilibrium} is. */
public enum EquilibriumKind {
  /** A Fisher market equilibrium with linear utilities: every buyer spends its whole budget. */
  FISHER,
  /** A first-price pacing equilibrium: buyers paced by multipliers pay their paced bids. */
  FIRST_PRICE_PACING,
  /** A second-price pacing equilibrium: winners pay the highest other paced bid. */
  SECOND_PRICE_PACING
}
