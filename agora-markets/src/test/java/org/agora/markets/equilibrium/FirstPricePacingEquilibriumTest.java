package org.agora.markets.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FirstPricePacingEquilibriumTest {

  /**
   * One good, values (1, 0.5), budgets (0.4, 1). By hand: buyer 1 cannot afford the whole good at any price
   * above 0.4, so it is paced to tie buyer 2's unpaced bid 0.5: alpha = (0.5, 1), p = 0.5, buyer 1 spends its
   * 0.4 on 0.8 of the good and buyer 2 buys the rest for 0.1.
   */
  @Test
  void theBarrierSolverMatchesAHandSolvedMarket() {
    Market market = Market.of(new double[] {0.4, 1}, new double[][] {{1}, {0.5}});
    MarketEquilibrium e = new FirstPricePacingEquilibriumSolver().solve(market);
    assertThat(e.prices()[0]).isCloseTo(0.5, within(1e-7));
    assertThat(e.multipliers()[0]).isCloseTo(0.5, within(1e-7));
    assertThat(e.multipliers()[1]).isCloseTo(1, within(1e-7));
    assertThat(e.quantity(0, 0)).isCloseTo(0.8, within(1e-7));
    assertThat(e.quantity(1, 0)).isCloseTo(0.2, within(1e-7));
    assertThat(e.revenue()).isCloseTo(0.5, within(1e-7));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void theBarrierSolutionSatisfiesTheFppeConditions(long seed) {
    Market market = MarketsForTests.random(5, 12, seed);
    MarketEquilibrium e = new FirstPricePacingEquilibriumSolver().solve(market);
    double[] v = market.values();
    int m = market.goods();
    for (int i = 0; i < market.buyers(); i++) {
      double budget = market.budget(i);
      assertThat(e.spend()[i]).as("budget respected").isLessThanOrEqualTo(budget * (1 + 1e-7));
      if (e.multipliers()[i] < 1 - 1e-4) {
        assertThat(e.spend()[i]).as("a paced buyer spends its budget").isCloseTo(budget, within(1e-6 * budget));
      } else {
        for (int j = 0; j < m; j++) {
          if (e.quantity(i, j) > 1e-6) {
            assertThat(e.prices()[j]).as("an unpaced buyer wins only at prices at most its value")
                .isLessThanOrEqualTo(v[i * m + j] * (1 + 1e-6));
          }
        }
      }
    }
    for (int j = 0; j < m; j++) {
      if (e.prices()[j] > 1e-9) {
        assertThat(e.sold(j)).as("a good with a positive price is fully sold").isCloseTo(1, within(1e-6));
      }
    }
    assertThat(EquilibriumConditions.check(e).max()).as("polished to rounding").isLessThanOrEqualTo(1e-9);
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9})
  void quasiLinearProportionalResponseAgreesWithTheBarrierOnTheUniqueFppe(long seed) {
    // the FPPE is unique (Conitzer et al. 2022, Theorem 1), so two methods must meet
    Market market = MarketsForTests.random(4, 8, seed);
    MarketEquilibrium barrier = new FirstPricePacingEquilibriumSolver().solve(market);
    MarketEquilibrium dynamics = new QuasiLinearProportionalResponse(20_000).solve(market);
    assertThat(FisherMarketTest.maxRelativeGap(dynamics.prices(), barrier.prices())).isLessThan(1e-3);
    for (int i = 0; i < market.buyers(); i++) {
      assertThat(dynamics.multipliers()[i]).isCloseTo(barrier.multipliers()[i], within(1e-3));
      assertThat(dynamics.spend()[i]).isCloseTo(barrier.spend()[i], within(1e-3));
    }
    assertThat(dynamics.revenue()).isCloseTo(barrier.revenue(), within(1e-3));
    assertThat(dynamics.nashSocialWelfare()).isCloseTo(barrier.nashSocialWelfare(), within(1e-3));
  }

  @ParameterizedTest
  @ValueSource(longs = {31, 32})
  void equilibriaScaleWithBudgetsAndValues(long seed) {
    // scaling every budget and value by c scales FPPE prices and spends by c and keeps the allocation and
    // multipliers (the program is homogeneous); scaling values alone by c in a Fisher market scales nothing but beta
    Market market = MarketsForTests.random(4, 6, seed);
    double c = 1e4;
    double[] budgets = market.budgets().clone();
    double[] values = market.values().clone();
    for (int i = 0; i < budgets.length; i++) {
      budgets[i] *= c;
    }
    for (int k = 0; k < values.length; k++) {
      values[k] *= c;
    }
    Market scaled = new Market(market.buyers(), market.goods(), budgets, values, market.supplies());
    MarketEquilibrium small = new FirstPricePacingEquilibriumSolver().solve(market);
    MarketEquilibrium large = new FirstPricePacingEquilibriumSolver().solve(scaled);
    for (int j = 0; j < market.goods(); j++) {
      assertThat(large.prices()[j]).isCloseTo(c * small.prices()[j], within(1e-6 * c));
    }
    for (int i = 0; i < market.buyers(); i++) {
      assertThat(large.multipliers()[i]).isCloseTo(small.multipliers()[i], within(1e-6));
    }
    Market valuesOnly = new Market(market.buyers(), market.goods(), market.budgets(), values, market.supplies());
    MarketEquilibrium fisher = new EisenbergGaleSolver().solve(market);
    MarketEquilibrium fisherScaled = new EisenbergGaleSolver().solve(valuesOnly);
    for (int j = 0; j < market.goods(); j++) {
      assertThat(fisherScaled.prices()[j]).isCloseTo(fisher.prices()[j], within(1e-6));
    }
  }
}
