package org.agora.markets.equilibrium;

/**
 * How far a {@link MarketEquilibrium} is from satisfying its equilibrium conditions, each a relative
 * violation (0 for an exact equilibrium). Computed by {@link EquilibriumConditions}.
 *
 * @param overspend the largest {@code (spend_i - B_i) / B_i} above 0
 * @param unspentBudget the largest {@code (B_i - spend_i) / B_i} among buyers that must exhaust their budget
 *     (all buyers in a Fisher market; buyers paced below 1 in a pacing equilibrium)
 * @param supplyMismatch the largest {@code |sold_j - s_j| / s_j} among goods with a positive price (a good
 *     priced above 0 must be fully sold; none may be oversold)
 * @param notBestResponse the largest share of a good held by buyers who should not hold it, weighted by their
 *     shortfall: in a Fisher market buyers off their maximum bang-per-buck, in a pacing equilibrium buyers whose
 *     paced bid is below the highest
 * @param priceMismatch the largest relative gap between a good's price and what the format says it is (the
 *     highest paced bid in first price, the second-highest in second price; in a Fisher market
 *     {@code max_i beta_i v_ij})
 */
public record EquilibriumViolations(
    double overspend, double unspentBudget, double supplyMismatch, double notBestResponse, double priceMismatch) {

  /** The largest violation. */
  public double max() {
    return Math.max(Math.max(overspend, unspentBudget), Math.max(supplyMismatch, Math.max(notBestResponse, priceMismatch)));
  }
}
