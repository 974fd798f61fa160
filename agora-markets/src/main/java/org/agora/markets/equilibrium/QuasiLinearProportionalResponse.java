package org.agora.markets.equilibrium;

/**
 * Proportional response dynamics for quasi-linear buyers, whose limit is the first-price pacing equilibrium
 * (Gao and Kroer, "First-Order Methods for Large-Scale Market Equilibrium Computation", NeurIPS 2020, where it
 * is derived as mirror descent on a quasi-linear Shmyrev-type program): prices are the sums of bids, goods are
 * shared in proportion to bids, and each buyer re-bids {@code b_ij <- B_i v_ij x_ij / max(u_i, B_i)}, keeping
 * {@code B_i - sum_j b_ij} when the value it got is below its budget. At a fixed point a buyer with
 * {@code u_i >= B_i} is paced by {@code alpha_i = B_i / u_i} and spends its budget, and one with {@code u_i < B_i}
 * bids its values ({@code alpha_i = 1}): the FPPE conditions. Each iteration is {@code O(n m)}; the result's
 * {@code accuracy} is the largest equilibrium-condition violation ({@link EquilibriumConditions}).
 */
public final class QuasiLinearProportionalResponse {

  private final int iterations;

  /**
   * Dynamics that run this many rounds.
   *
   * @throws IllegalArgumentException for fewer than 1
   */
  public QuasiLinearProportionalResponse(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("proportional response needs at least 1 iteration, got " + iterations);
    }
    this.iterations = iterations;
  }

  /** The market's state after the dynamics, as a first-price pacing equilibrium (approximate). */
  public MarketEquilibrium solve(Market market) {
    int n = market.buyers();
    int m = market.goods();
    double[] v = market.values();
    double[] bids = ProportionalResponse.initialBids(market);
    double[] prices = new double[m];
    double[] allocation = new double[n * m];
    double[] utilities = new double[n];
    for (int round = 0; round <= iterations; round++) {
      ProportionalResponse.clear(market, bids, prices, allocation, utilities);
      if (round == iterations) {
        break;
      }
      for (int i = 0; i < n; i++) {
        double scale = market.budget(i) / Math.max(utilities[i], market.budget(i));
        for (int j = 0; j < m; j++) {
          bids[i * m + j] = scale * v[i * m + j] * allocation[i * m + j];
        }
      }
    }
    double[] alpha = new double[n];
    for (int i = 0; i < n; i++) {
      alpha[i] = Math.min(1, market.budget(i) / utilities[i]);
    }
    MarketEquilibrium draft = MarketEquilibrium.of(EquilibriumKind.FIRST_PRICE_PACING,
        "quasi-linear proportional response", market, prices, allocation, alpha, null,
        FisherObjectives.quasiLinearWelfare(market, utilities, alpha), Double.NaN, iterations);
    return ProportionalResponse.withAccuracy(draft);
  }
}
