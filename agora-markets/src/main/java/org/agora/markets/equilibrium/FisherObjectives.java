package org.agora.markets.equilibrium;

/** The Eisenberg–Gale objectives a {@link MarketEquilibrium} reports as its Nash social welfare. */
final class FisherObjectives {

  private FisherObjectives() {}

  /** {@code sum_i B_i log u_i}. */
  static double nashSocialWelfare(Market market, double[] utilities) {
    double total = 0;
    for (int i = 0; i < market.buyers(); i++) {
      total += market.budget(i) * Math.log(utilities[i]);
    }
    return total;
  }

  /**
   * The quasi-linear objective {@code sum_i B_i log(u_i + delta_i) - delta_i} with the leftover
   * {@code delta_i = B_i / alpha_i - u_i} (zero for paced buyers), from the multipliers {@code alpha}.
   */
  static double quasiLinearWelfare(Market market, double[] utilities, double[] multipliers) {
    double total = 0;
    for (int i = 0; i < market.buyers(); i++) {
      double budget = market.budget(i);
      double delta = Math.max(0, budget / multipliers[i] - utilities[i]);
      total += budget * Math.log(utilities[i] + delta) - delta;
    }
    return total;
  }
}
