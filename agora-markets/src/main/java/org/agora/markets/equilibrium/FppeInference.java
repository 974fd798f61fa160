package org.agora.markets.equilibrium;

/**
 * Central-limit confidence intervals for the revenue and Nash social welfare of a limit first-price pacing
 * equilibrium from an observed market of sampled items (Liao and Kroer, "Statistical Inference and A/B Testing for
 * First-Price Pacing Equilibria", ICML 2023). The limit market has a continuum of items of total supply 1 drawn
 * from a distribution; the observed market has t i.i.d. items, each of supply 1/t, and its FPPE is the
 * sample-average approximation of the limit's quasi-linear Eisenberg–Gale dual
 * {@code H(beta) = E[max_i beta_i v_i(theta)] - sum_i B_i log beta_i} over {@code beta in (0, 1]^n}.
 *
 * <p>Nash social welfare (the quasi-linear EG objective, equal to the dual optimum plus
 * {@code sum_i B_i log B_i - B_i}) is an optimal value, so its estimate is asymptotically normal with variance
 * {@code Var(p(theta)) / t}, where {@code p(theta) = max_i beta*_i v_i(theta)} is the item's price (the
 * sample-average-approximation CLT; Shapiro, Dentcheva, Ruszczyński, "Lectures on Stochastic Programming", 2009,
 * Thm 5.7), estimated by the sample variance of the observed prices.
 *
 * <p>Revenue {@code E[p_beta(theta)]} also moves with the multipliers: its influence function is
 * {@code p(theta) - REV - g' H_PP^{-1} (w(theta) - g)} over the paced buyers P (those with {@code beta_i < 1}),
 * where {@code w_i(theta) = v_i(theta) 1[i wins theta]}, {@code g = E w} (the buyers' utilities) and {@code H_PP}
 * the Hessian of the dual on P, whose non-smooth part {@code E[max_i beta_i v_i]} is differentiated numerically:
 * central differences of the sample gradient with step {@code beta_k t^(-1/3)} (a bias–variance choice, as the
 * paper's numerical-difference Hessian estimator). Buyers at {@code beta = 1} are held there (strict complementarity
 * assumed). All arrays are flat; the cost is one FPPE solve plus {@code 2 |P|} gradient evaluations of
 * {@code O(n t)}.
 */
public final class FppeInference {

  /**
   * The intervals and the observed equilibrium.
   *
   * @param equilibrium the FPPE of the observed market (supplies 1/t)
   * @param revenue the revenue interval
   * @param nashSocialWelfare the Nash social welfare interval
   */
  public record Result(MarketEquilibrium equilibrium, ConfidenceInterval revenue, ConfidenceInterval nashSocialWelfare) {}

  private FppeInference() {}

  /**
   * Intervals at this nominal level from a market whose goods are t i.i.d. sampled items (their supplies are
   * replaced by 1/t).
   *
   * @throws IllegalArgumentException for fewer than 2 goods or a level outside (0, 1)
   */
  public static Result estimate(Market sampled, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("the confidence level must be in (0, 1), got " + level);
    }
    int t = sampled.goods();
    if (t < 2) {
      throw new IllegalArgumentException("inference needs at least 2 sampled items, got " + t);
    }
    int n = sampled.buyers();
    double[] supplies = new double[t];
    java.util.Arrays.fill(supplies, 1.0 / t);
    Market market = sampled.withSupplies(supplies);
    MarketEquilibrium e = new FirstPricePacingEquilibriumSolver().solve(market);
    double[] prices = e.prices();
    double mean = 0;
    for (double price : prices) {
      mean += price / t;
    }
    double priceVariance = 0;
    for (double price : prices) {
      priceVariance += (price - mean) * (price - mean) / (t - 1);
    }
    ConfidenceInterval welfare = ConfidenceInterval.normal(e.nashSocialWelfare(), Math.sqrt(priceVariance / t), level);

    double[] beta = e.multipliers();
    int[] paced = new int[n];
    int pacedCount = 0;
    for (int i = 0; i < n; i++) {
      if (beta[i] < 1 - 1e-6) {
        paced[pacedCount++] = i;
      }
    }
    double[] utilities = e.utilities();
    double[] hessian = new double[pacedCount * pacedCount];
    double[] up = new double[n];
    double[] down = new double[n];
    double[] shifted = beta.clone();
    for (int b = 0; b < pacedCount; b++) {
      int k = paced[b];
      double h = beta[k] * Math.pow(t, -1.0 / 3);
      shifted[k] = beta[k] + h;
      sampleGradient(market, shifted, up);
      shifted[k] = beta[k] - h;
      sampleGradient(market, shifted, down);
      shifted[k] = beta[k];
      for (int a = 0; a < pacedCount; a++) {
        int i = paced[a];
        hessian[a * pacedCount + b] = (up[i] - down[i]) / (2 * h);
      }
    }
    for (int a = 0; a < pacedCount; a++) {
      int i = paced[a];
      hessian[a * pacedCount + a] += market.budget(i) / (beta[i] * beta[i]);
    }
    // symmetrise, then c = H^-1 g over the paced buyers
    double[] c = new double[pacedCount];
    for (int a = 0; a < pacedCount; a++) {
      c[a] = utilities[paced[a]];
      for (int b = 0; b < a; b++) {
        double average = (hessian[a * pacedCount + b] + hessian[b * pacedCount + a]) / 2;
        hessian[a * pacedCount + b] = average;
        hessian[b * pacedCount + a] = average;
      }
    }
    if (pacedCount > 0) {
      DenseCholesky.solveInPlace(hessian, pacedCount, c);
    }
    double revenue = e.revenue();
    double influenceSquares = 0;
    for (int j = 0; j < t; j++) {
      double influence = prices[j] - revenue;
      for (int a = 0; a < pacedCount; a++) {
        int i = paced[a];
        double won = market.value(i, j) * e.quantity(i, j) * t;
        influence -= c[a] * (won - utilities[i]);
      }
      influenceSquares += influence * influence;
    }
    ConfidenceInterval revenueInterval = ConfidenceInterval.normal(revenue, Math.sqrt(influenceSquares / (t - 1) / t), level);
    return new Result(e, revenueInterval, welfare);
  }

  /**
   * The gradient of the sample dual's smooth-in-expectation part {@code (1/t) sum_j max_i beta_i v_ij}: each item
   * adds its winner's value (ties split evenly).
   */
  private static void sampleGradient(Market market, double[] beta, double[] gradient) {
    int n = market.buyers();
    int m = market.goods();
    java.util.Arrays.fill(gradient, 0);
    for (int j = 0; j < m; j++) {
      double best = -1;
      int winners = 0;
      for (int i = 0; i < n; i++) {
        double bid = beta[i] * market.value(i, j);
        if (bid > best) {
          best = bid;
          winners = 1;
        } else if (bid == best) {
          winners++;
        }
      }
      for (int i = 0; i < n; i++) {
        if (beta[i] * market.value(i, j) == best) {
          gradient[i] += market.value(i, j) * market.supply(j) / winners;
        }
      }
    }
  }
}
