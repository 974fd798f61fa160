package org.agora.markets.equilibrium;

/**
 * An equilibrium of a finite {@link Market}, with everything a report prints. Arrays are flat and owned
 * by the record (do not mutate them).
 *
 * @param kind which equilibrium this is
 * @param method the algorithm that computed it (for reports)
 * @param market the market
 * @param prices one price per good (total price of its whole supply divided by the supply: per unit)
 * @param allocation {@code buyers * goods} quantities, row-major: {@code allocation[i * goods + j]} of good
 *     j goes to buyer i (at most the supply)
 * @param multipliers per buyer: the pacing multiplier {@code alpha_i} in [0, 1] for pacing equilibria; for a
 *     Fisher equilibrium the inverse bang-per-buck {@code beta_i = B_i / u_i} (so {@code p_j >= beta_i v_ij}
 *     with equality where i buys)
 * @param utilities per buyer: the value of its bundle {@code sum_j v_ij x_ij}
 * @param spend per buyer: what it pays
 * @param revenue the sum of the spends
 * @param nashSocialWelfare the Eisenberg–Gale objective at the equilibrium: {@code sum_i B_i log u_i} for
 *     Fisher markets, the quasi-linear {@code sum_i B_i log(u_i + delta_i) - delta_i} (with {@code delta_i}
 *     the leftover budget in value units) for first-price pacing; NaN where it is not defined
 * @param accuracy the certified accuracy of the method ({@code NaN} when it gives none): for the barrier method
 *     the duality-gap bound, for a polished barrier point (method name ending in {@code ", polished"}) and for
 *     dynamics the largest relative equilibrium-condition violation ({@link EquilibriumConditions})
 * @param iterations the iterations the method took
 */
public record MarketEquilibrium(
    EquilibriumKind kind,
    String method,
    Market market,
    double[] prices,
    double[] allocation,
    double[] multipliers,
    double[] utilities,
    double[] spend,
    double revenue,
    double nashSocialWelfare,
    double accuracy,
    int iterations) {

  /** Buyer i's quantity of good j. */
  public double quantity(int buyer, int good) {
    return allocation[buyer * market.goods() + good];
  }

  /** Buyer i's unspent budget. */
  public double leftover(int buyer) {
    return market.budget(buyer) - spend[buyer];
  }

  /** The total quantity of good j sold. */
  public double sold(int good) {
    double total = 0;
    for (int i = 0; i < market.buyers(); i++) {
      total += allocation[i * market.goods() + good];
    }
    return total;
  }

  /** The social welfare (sum of the buyers' utilities in value units). */
  public double welfare() {
    double total = 0;
    for (double u : utilities) {
      total += u;
    }
    return total;
  }

  /** Builds the derived fields (utilities, spend, revenue) from prices, allocation and multipliers. */
  static MarketEquilibrium of(EquilibriumKind kind, String method, Market market, double[] prices,
      double[] allocation, double[] multipliers, double[] pricePaid, double nashSocialWelfare, double accuracy, int iterations) {
    int n = market.buyers();
    int m = market.goods();
    double[] utilities = new double[n];
    double[] spend = new double[n];
    double revenue = 0;
    for (int i = 0; i < n; i++) {
      double u = 0;
      double s = 0;
      for (int j = 0; j < m; j++) {
        double x = allocation[i * m + j];
        u += market.values()[i * m + j] * x;
        s += (pricePaid == null ? prices[j] : pricePaid[i * m + j]) * x;
      }
      utilities[i] = u;
      spend[i] = s;
      revenue += s;
    }
    return new MarketEquilibrium(kind, method, market, prices, allocation, multipliers, utilities, spend, revenue,
        nashSocialWelfare, accuracy, iterations);
  }
}
