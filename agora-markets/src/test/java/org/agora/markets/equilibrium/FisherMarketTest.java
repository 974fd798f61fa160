package org.agora.markets.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FisherMarketTest {

  /**
   * Budgets (2, 1), values A = (1, 1), B = (1, 2). By hand: B buys only good 2 and A is indifferent, so
   * p_1 = p_2 = p and 2p = 3 (all money is spent): p = 1.5; B gets 1 / 1.5 = 2/3 of good 2, A the rest and good 1,
   * so u_A = 1 + 1/3 and u_B = 2 * 2/3 = 4/3.
   */
  private static final Market HAND_SOLVED = Market.of(new double[] {2, 1}, new double[][] {{1, 1}, {1, 2}});

  @Test
  void theBarrierSolverMatchesAHandSolvedMarket() {
    MarketEquilibrium e = new EisenbergGaleSolver().solve(HAND_SOLVED);
    assertThat(e.prices()[0]).isCloseTo(1.5, within(1e-8));
    assertThat(e.prices()[1]).isCloseTo(1.5, within(1e-8));
    assertThat(e.utilities()[0]).isCloseTo(4.0 / 3, within(1e-8));
    assertThat(e.utilities()[1]).isCloseTo(4.0 / 3, within(1e-8));
    assertThat(e.quantity(1, 1)).isCloseTo(2.0 / 3, within(1e-8));
    assertThat(e.quantity(1, 0)).isCloseTo(0, within(1e-8));
    assertThat(e.revenue()).isCloseTo(3, within(1e-8));
    assertThat(e.nashSocialWelfare()).isCloseTo(3 * Math.log(4.0 / 3), within(1e-8));
    assertThat(e.accuracy()).as("duality-gap bound: 1e-8 times the total budget 3").isLessThanOrEqualTo(3e-8);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void theBarrierOptimumIsAMarketEquilibrium(long seed) {
    Market market = MarketsForTests.random(6, 9, seed);
    MarketEquilibrium e = new EisenbergGaleSolver().solve(market);
    EquilibriumViolations violations = EquilibriumConditions.check(e);
    // spend = budget, goods cleared, only maximum bang-per-buck goods bought, p_j = max_i beta_i v_ij
    assertThat(violations.max()).as("polished to rounding: %s", violations).isLessThanOrEqualTo(1e-9);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void proportionalResponseConvergesToTheEisenbergGaleOptimum(long seed) {
    Market market = MarketsForTests.random(5, 7, seed);
    MarketEquilibrium optimum = new EisenbergGaleSolver().solve(market);
    MarketEquilibrium early = new ProportionalResponse(50).solve(market);
    MarketEquilibrium late = new ProportionalResponse(5000).solve(market);
    double earlyGap = maxRelativeGap(early.prices(), optimum.prices());
    double lateGap = maxRelativeGap(late.prices(), optimum.prices());
    assertThat(lateGap).isLessThan(1e-3).isLessThan(earlyGap);
    assertThat(maxRelativeGap(late.utilities(), optimum.utilities())).isLessThan(1e-3);
    assertThat(late.nashSocialWelfare()).isCloseTo(optimum.nashSocialWelfare(), within(1e-5));
    // proportional response always clears the market and spends every budget
    for (int j = 0; j < market.goods(); j++) {
      assertThat(late.sold(j)).isCloseTo(1, within(1e-12));
    }
    for (int i = 0; i < market.buyers(); i++) {
      assertThat(late.spend()[i]).isCloseTo(market.budget(i), within(1e-12));
    }
  }

  @Test
  void tatonnementApproachesTheEquilibriumPrices() {
    Market market = MarketsForTests.random(4, 5, 21);
    MarketEquilibrium optimum = new EisenbergGaleSolver().solve(market);
    MarketEquilibrium prices = new Tatonnement(20_000, 0.5).solve(market);
    assertThat(maxRelativeGap(prices.prices(), optimum.prices())).isLessThan(2e-2);
  }

  static double maxRelativeGap(double[] a, double[] b) {
    double gap = 0;
    for (int k = 0; k < a.length; k++) {
      gap = Math.max(gap, Math.abs(a[k] - b[k]) / Math.max(Math.abs(b[k]), 1e-12));
    }
    return gap;
  }
}
