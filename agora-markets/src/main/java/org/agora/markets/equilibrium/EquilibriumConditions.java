package org.agora.markets.equilibrium;

/**
 * Checks a {@link MarketEquilibrium} against the conditions that define its kind, a certificate independent
 * of the method that computed it. Fisher market (linear utilities): every buyer spends its budget, every
 * good is sold, and buyers hold only goods of maximum bang per buck: with {@code beta_i = B_i / u_i}, prices are
 * {@code p_j = max_i beta_i v_ij} and i holds j only if {@code beta_i v_ij = p_j}. First-price pacing (Conitzer et al., Management Science
 * 2022, Definition 1): no overspending, buyers paced below 1 spend their whole budget, goods with a positive
 * price are fully sold to highest paced bidders at the highest paced bid. Second-price pacing (Conitzer,
 * Kroer, Sodomka, Stier-Moses, Operations Research 2022, Definition 1): the same with the price the
 * second-highest paced bid.
 */
public final class EquilibriumConditions {

  /** Multipliers below {@code 1 - PACED} count as paced. */
  static final double PACED = 1e-6;

  private EquilibriumConditions() {}

  /** The violations of this equilibrium's conditions. */
  public static EquilibriumViolations check(MarketEquilibrium equilibrium) {
    Market market = equilibrium.market();
    int n = market.buyers();
    int m = market.goods();
    double[] v = market.values();
    double[] alpha = equilibrium.multipliers();
    double[] prices = equilibrium.prices();
    EquilibriumKind kind = equilibrium.kind();
    double overspend = 0;
    double unspent = 0;
    for (int i = 0; i < n; i++) {
      double budget = market.budget(i);
      overspend = Math.max(overspend, (equilibrium.spend()[i] - budget) / budget);
      boolean mustExhaust = kind == EquilibriumKind.FISHER || alpha[i] < 1 - PACED;
      if (mustExhaust) {
        unspent = Math.max(unspent, (budget - equilibrium.spend()[i]) / budget);
      }
    }
    double supply = 0;
    double notBest = 0;
    double priceGap = 0;
    double scale = 0;
    for (int j = 0; j < m; j++) {
      scale = Math.max(scale, prices[j]);
    }
    for (int j = 0; j < m; j++) {
      double highest = 0;
      double second = 0;
      for (int i = 0; i < n; i++) {
        double bid = alpha[i] * v[i * m + j];
        if (bid > highest) {
          second = highest;
          highest = bid;
        } else if (bid > second) {
          second = bid;
        }
      }
      double sold = equilibrium.sold(j);
      double s = market.supply(j);
      if (prices[j] > 1e-12 * scale || sold > s) {
        supply = Math.max(supply, Math.abs(sold - s) / s);
      }
      double expected = kind == EquilibriumKind.SECOND_PRICE_PACING ? second : highest;
      double reference = Math.max(highest, 1e-300);
      priceGap = Math.max(priceGap, Math.abs(prices[j] - expected) / reference);
      for (int i = 0; i < n; i++) {
        double share = equilibrium.quantity(i, j) / s;
        double shortfall = (highest - alpha[i] * v[i * m + j]) / reference;
        notBest = Math.max(notBest, share * shortfall);
      }
    }
    return new EquilibriumViolations(Math.max(0, overspend), Math.max(0, unspent), supply, notBest, priceGap);
  }
}
