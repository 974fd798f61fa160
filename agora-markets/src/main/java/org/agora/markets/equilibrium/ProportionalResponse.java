package org.agora.markets.equilibrium;

/**
 * Proportional response dynamics for Fisher markets with linear utilities (Wu and Zhang, "Proportional
 * Response Dynamics Leads to Market Equilibrium", STOC 2007; Zhang, "Proportional Response Dynamics in the
 * Fisher Market", Theoretical Computer Science 2011): each buyer splits its budget into bids
 * {@code b_ij}, a good's price is the sum of its bids and it is shared in proportion to them, and each buyer
 * then re-bids in proportion to the utility each good gave it: {@code b_ij <- B_i v_ij x_ij / u_i}.
 * Birnbaum, Devanur and Xiao ("Distributed Algorithms via Gradient Descent for Fisher Markets", EC 2011)
 * show it is mirror descent with the KL divergence on Shmyrev's convex program and converges to the
 * Eisenberg–Gale optimum at rate {@code O(1/T)} in objective. Each iteration is {@code O(n m)} on flat
 * arrays; markets always clear. The result's {@code accuracy} is the largest equilibrium-condition
 * violation ({@link EquilibriumConditions}).
 */
public final class ProportionalResponse {

  private final int iterations;

  /**
   * Dynamics that run this many rounds.
   *
   * @throws IllegalArgumentException for fewer than 1
   */
  public ProportionalResponse(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("proportional response needs at least 1 iteration, got " + iterations);
    }
    this.iterations = iterations;
  }

  /** The market's state after the dynamics, as a Fisher equilibrium (approximate). */
  public MarketEquilibrium solve(Market market) {
    int n = market.buyers();
    int m = market.goods();
    double[] v = market.values();
    double[] bids = initialBids(market);
    double[] prices = new double[m];
    double[] allocation = new double[n * m];
    double[] utilities = new double[n];
    for (int round = 0; round <= iterations; round++) {
      clear(market, bids, prices, allocation, utilities);
      if (round == iterations) {
        break;
      }
      for (int i = 0; i < n; i++) {
        double scale = market.budget(i) / utilities[i];
        for (int j = 0; j < m; j++) {
          bids[i * m + j] = scale * v[i * m + j] * allocation[i * m + j];
        }
      }
    }
    double[] beta = new double[n];
    for (int i = 0; i < n; i++) {
      beta[i] = market.budget(i) / utilities[i];
    }
    MarketEquilibrium draft = MarketEquilibrium.of(EquilibriumKind.FISHER, "proportional response", market, prices,
        allocation, beta, null, FisherObjectives.nashSocialWelfare(market, utilities), Double.NaN, iterations);
    return withAccuracy(draft);
  }

  /** Each buyer's budget split evenly over the goods it values. */
  static double[] initialBids(Market market) {
    int n = market.buyers();
    int m = market.goods();
    double[] bids = new double[n * m];
    for (int i = 0; i < n; i++) {
      int liked = 0;
      for (int j = 0; j < m; j++) {
        if (market.value(i, j) > 0) {
          liked++;
        }
      }
      for (int j = 0; j < m; j++) {
        bids[i * m + j] = market.value(i, j) > 0 ? market.budget(i) / liked : 0;
      }
    }
    return bids;
  }

  /** Prices as the sums of bids, goods shared in proportion to bids, and the buyers' utilities. */
  static void clear(Market market, double[] bids, double[] prices, double[] allocation, double[] utilities) {
    int n = market.buyers();
    int m = market.goods();
    double[] v = market.values();
    for (int j = 0; j < m; j++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        total += bids[i * m + j];
      }
      prices[j] = total / market.supply(j);
    }
    for (int i = 0; i < n; i++) {
      double u = 0;
      for (int j = 0; j < m; j++) {
        double x = prices[j] > 0 ? bids[i * m + j] / prices[j] : 0;
        allocation[i * m + j] = x;
        u += v[i * m + j] * x;
      }
      utilities[i] = u;
    }
  }

  static MarketEquilibrium withAccuracy(MarketEquilibrium e) {
    double violation = EquilibriumConditions.check(e).max();
    return new MarketEquilibrium(e.kind(), e.method(), e.market(), e.prices(), e.allocation(), e.multipliers(),
        e.utilities(), e.spend(), e.revenue(), e.nashSocialWelfare(), violation, e.iterations());
  }
}
