package org.agora.solvers.pseudogame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** The Cobb–Douglas exchange economy: its GNE by exploitability descent is the competitive equilibrium. */
class ExchangeEconomyTest {

  /**
   * Acceptance (issue item 4): two goods, two Cobb–Douglas consumers with weights (0.3, 0.7) and
   * (0.6, 0.4), endowments (1, 0) and (0, 1). The closed form p_1 / p_2 = sum_i a_i1 e_i2 / sum_i a_i2 e_i1
   * = 0.6 / 0.7 gives prices (6/13, 7/13); the computed prices must match it and clear both markets to 1e-6.
   */
  @Test
  void computedPricesClearTheTwoGoodMarketAndMatchTheClosedForm() {
    ExchangeEconomy economy = new ExchangeEconomy(new double[][] {{0.3, 0.7}, {0.6, 0.4}},
        new double[][] {{1, 0}, {0, 1}});
    GeneralizedNashEquilibrium result = new ExploitabilityDescent(5_000).solve(economy);
    double[] profile = result.profile();
    double[] excess = new double[2];
    economy.excessDemand(profile, excess);
    assertThat(Math.abs(excess[0])).isLessThan(1e-6);
    assertThat(Math.abs(excess[1])).isLessThan(1e-6);
    assertThat(profile[4]).isCloseTo(6.0 / 13, offset(1e-6));
    assertThat(profile[5]).isCloseTo(7.0 / 13, offset(1e-6));
    assertThat(result.exploitability()).isBetween(-1e-12, 1e-8);
    assertThat(result.converged()).isTrue();
  }

  /**
   * Three goods, three consumers, asymmetric: the descent clears every market to 1e-6, and the prices
   * satisfy the Cobb–Douglas equilibrium identity p_j * supply_j = sum_i a_ij (p . e_i) (each consumer
   * spends the share a_ij of its wealth on good j).
   */
  @Test
  void aThreeGoodEconomyClears() {
    ExchangeEconomy economy = new ExchangeEconomy(new double[][] {{1, 2, 3}, {3, 1, 1}, {1, 1, 4}},
        new double[][] {{2, 0, 1}, {0, 3, 0}, {1, 1, 1}});
    GeneralizedNashEquilibrium result = new ExploitabilityDescent(15_000).solve(economy);
    double[] excess = new double[3];
    economy.excessDemand(result.profile(), excess);
    for (double z : excess) {
      assertThat(Math.abs(z)).isLessThan(1e-6);
    }
    double[] p = java.util.Arrays.copyOfRange(result.profile(), 9, 12);
    double[] wealth = {2 * p[0] + p[2], 3 * p[1], p[0] + p[1] + p[2]};
    double[][] shares = {{1 / 6.0, 2 / 6.0, 3 / 6.0}, {3 / 5.0, 1 / 5.0, 1 / 5.0}, {1 / 6.0, 1 / 6.0, 4 / 6.0}};
    double[] supply = {3, 4, 2};
    for (int j = 0; j < 3; j++) {
      double spent = 0;
      for (int i = 0; i < 3; i++) {
        spent += shares[i][j] * wealth[i];
      }
      assertThat(p[j] * supply[j]).as("good %d", j + 1).isCloseTo(spent, offset(1e-6));
    }
  }

  /**
   * Exploitability is zero at the closed-form equilibrium (consumers at their Cobb–Douglas demands
   * a_ij b_i / p_j at p = (6/13, 7/13)) and positive at every other feasible profile tried: a price off
   * the equilibrium gives the market a positive gain.
   */
  @Test
  void exploitabilityIsZeroAtTheCompetitiveEquilibriumAndPositiveOffIt() {
    ExchangeEconomy economy = new ExchangeEconomy(new double[][] {{0.3, 0.7}, {0.6, 0.4}},
        new double[][] {{1, 0}, {0, 1}});
    PseudoGameExploitability measure = new PseudoGameExploitability(economy);
    double p1 = 6.0 / 13;
    double p2 = 7.0 / 13;
    double[] equilibrium = {0.3, 0.7 * p1 / p2, 0.6 * p2 / p1, 0.4, p1, p2};
    assertThat(measure.exploitability(equilibrium)).isCloseTo(0, offset(1e-12));
    double[] gains = new double[3];
    for (double shift : new double[] {-0.2, -0.01, 0.01, 0.2}) {
      double[] off = equilibrium.clone();
      off[4] += shift;
      off[5] -= shift;
      economy.projectProfile(off);
      assertThat(measure.regularised(off, 0, gains)).as("shift %s", shift).isGreaterThan(1e-6);
      for (double gain : gains) {
        assertThat(gain).isGreaterThanOrEqualTo(-1e-12);
      }
    }
  }

  @Test
  void badEconomiesAreRefusedWithTheOffendingValue() {
    assertThatThrownBy(() -> new ExchangeEconomy(new double[][] {{0.5, 0}}, new double[][] {{1, 1}}))
        .hasMessageContaining("preference of consumer 1 for good 2").hasMessageContaining("got 0");
    assertThatThrownBy(() -> new ExchangeEconomy(new double[][] {{1, 1}, {1, 1}}, new double[][] {{1, 0}, {1, 0}}))
        .hasMessageContaining("good 2 has no endowment");
  }
}
