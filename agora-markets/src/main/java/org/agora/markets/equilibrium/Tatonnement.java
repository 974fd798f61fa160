package org.agora.markets.equilibrium;

/**
 * Discrete tâtonnement for Fisher markets with linear utilities: prices rise where money demanded exceeds the
 * good's value at current prices and fall where it falls short, {@code log p_j <- log p_j - eta_k (s_j p_j - d_j)},
 * with {@code d_j} the money buyers would spend on good j (each buyer splits its budget evenly over its maximum
 * bang-per-buck goods). Cheung, Cole and Devanur ("Tatonnement beyond gross substitutes? Gradient descent to the
 * rescue", STOC 2013 / Games and Economic Behavior 2020) show that tâtonnement in Fisher markets is (sub)gradient
 * descent on the convex potential {@code sum_j s_j p_j + sum_i B_i max_j log(v_ij / p_j)} (the Eisenberg–Gale dual);
 * with linear utilities demand is a correspondence, the potential is not smooth, and this class therefore takes
 * steps {@code eta_k = eta / sqrt(k)} (in units of the mean budget per good) and returns the step-weighted average
 * of the log prices, which converges at rate {@code O(1/sqrt(T))} in potential (the subgradient method's
 * guarantee). It is the slowest of the Fisher methods here and is included as the classical price-adjustment
 * process; the allocation reported is the (even-split) demand at the averaged prices, so the market need not
 * clear exactly. {@code accuracy} is the largest equilibrium-condition violation.
 */
public final class Tatonnement {

  private final int iterations;
  private final double stepSize;

  /**
   * Tâtonnement with this many price updates and initial step size.
   *
   * @throws IllegalArgumentException for fewer than 1 iteration or a step size not in (0, 10]
   */
  public Tatonnement(int iterations, double stepSize) {
    if (iterations < 1) {
      throw new IllegalArgumentException("tatonnement needs at least 1 iteration, got " + iterations);
    }
    if (!(stepSize > 0 && stepSize <= 10)) {
      throw new IllegalArgumentException("the step size must be in (0, 10], got " + stepSize);
    }
    this.iterations = iterations;
    this.stepSize = stepSize;
  }

  /** The averaged tâtonnement prices and the demand at them. */
  public MarketEquilibrium solve(Market market) {
    int n = market.buyers();
    int m = market.goods();
    double totalBudget = 0;
    for (int i = 0; i < n; i++) {
      totalBudget += market.budget(i);
    }
    double totalSupply = 0;
    for (int j = 0; j < m; j++) {
      totalSupply += market.supply(j);
    }
    double unit = totalBudget / m;
    double[] logPrices = new double[m];
    double[] average = new double[m];
    double[] prices = new double[m];
    double[] money = new double[m];
    double[] allocation = new double[n * m];
    java.util.Arrays.fill(logPrices, Math.log(totalBudget / totalSupply));
    double weights = 0;
    for (int k = 1; k <= iterations; k++) {
      for (int j = 0; j < m; j++) {
        prices[j] = Math.exp(logPrices[j]);
      }
      demand(market, prices, money, allocation);
      double eta = stepSize / Math.sqrt(k);
      for (int j = 0; j < m; j++) {
        average[j] += eta * logPrices[j];
        logPrices[j] -= eta * (market.supply(j) * prices[j] - money[j]) / unit;
      }
      weights += eta;
    }
    for (int j = 0; j < m; j++) {
      prices[j] = Math.exp(average[j] / weights);
    }
    demand(market, prices, money, allocation);
    double[] beta = new double[n];
    for (int i = 0; i < n; i++) {
      double best = 0;
      for (int j = 0; j < m; j++) {
        best = Math.max(best, market.value(i, j) / prices[j]);
      }
      beta[i] = 1 / best;
    }
    MarketEquilibrium draft = MarketEquilibrium.of(EquilibriumKind.FISHER, "tatonnement", market, prices, allocation, beta,
        null, Double.NaN, Double.NaN, iterations);
    draft = EisenbergGaleSolver.withWelfare(draft, FisherObjectives.nashSocialWelfare(market, draft.utilities()));
    return ProportionalResponse.withAccuracy(draft);
  }

  /** Money each good attracts and the quantities bought, each buyer splitting its budget over its best goods. */
  private static void demand(Market market, double[] prices, double[] money, double[] allocation) {
    int n = market.buyers();
    int m = market.goods();
    java.util.Arrays.fill(money, 0);
    for (int i = 0; i < n; i++) {
      double best = 0;
      for (int j = 0; j < m; j++) {
        best = Math.max(best, market.value(i, j) / prices[j]);
      }
      int ties = 0;
      for (int j = 0; j < m; j++) {
        if (market.value(i, j) / prices[j] >= best * (1 - 1e-9)) {
          ties++;
        }
      }
      double share = market.budget(i) / ties;
      for (int j = 0; j < m; j++) {
        boolean buys = market.value(i, j) / prices[j] >= best * (1 - 1e-9);
        money[j] += buys ? share : 0;
        allocation[i * m + j] = buys ? share / prices[j] : 0;
      }
    }
  }
}
