package org.agora.markets.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The barrier solutions polished to equilibria exact up to rounding ({@link ActiveSetPolish}). */
class ActiveSetPolishTest {

  /** The largest relative violation the polished equilibria must meet. */
  private static final double EXACT = 1e-9;

  /** examples/markets/fppe-4x5.csv: budgets, then one value row per buyer over 5 impressions. */
  private static final Market FPPE_4X5 = Market.of(new double[] {1.0, 0.6, 0.3, 2.0}, new double[][] {
      {0.9, 0.8, 0.1, 0.4, 0.2},
      {0.5, 0.9, 0.7, 0.1, 0.3},
      {0.2, 0.3, 0.9, 0.8, 0.1},
      {0.3, 0.2, 0.2, 0.3, 0.6}});

  /** examples/markets/fisher-3x3.json. */
  private static final Market FISHER_3X3 = Market.of(new double[] {1, 2, 1},
      new double[][] {{3, 1, 1}, {1, 2, 2}, {1, 1, 4}});

  /**
   * A degenerate FPPE: buyer 2 (budget 0.3) is paced until its bid on good 3 (value 0.8) ties the unpaced buyer 3's
   * bid 0.3, who buys none of it. So alpha_2 = 0.3 / 0.8 = 0.375 and p_3 = 0.3 exactly, and good 3 goes wholly to
   * buyer 2, who spends its whole budget. The barrier alone returned alpha_2 = 0.375022 and sold 0.999942 of good 3.
   */
  @Test
  void theDegenerateExampleMarketIsSolvedExactly() {
    MarketEquilibrium e = new FirstPricePacingEquilibriumSolver().solve(FPPE_4X5);
    EquilibriumViolations violations = EquilibriumConditions.check(e);
    assertThat(violations.max()).as("%s", violations).isLessThanOrEqualTo(EXACT);
    assertThat(e.multipliers()[2]).isCloseTo(0.375, within(1e-14));
    assertThat(e.multipliers()[3]).isEqualTo(1);
    assertThat(e.prices()[3]).isCloseTo(0.3, within(1e-14));
    assertThat(e.quantity(2, 3)).isCloseTo(1, within(1e-14));
    assertThat(e.quantity(3, 3)).isCloseTo(0, within(1e-14));
    assertThat(e.revenue()).isCloseTo(2.5, within(1e-14));
    for (int i = 0; i < 3; i++) {
      assertThat(e.leftover(i)).as("paced buyer %s spends exactly its budget", i).isZero();
    }
    assertThat(e.leftover(3)).isCloseTo(1.4, within(1e-14));
    assertThat(e.method()).endsWith(", polished");
    assertThat(e.accuracy()).as("the accuracy of a polished point is its largest violation").isEqualTo(violations.max());
  }

  @Test
  void theFisherExampleMarketIsSolvedExactly() {
    MarketEquilibrium e = new EisenbergGaleSolver().solve(FISHER_3X3);
    EquilibriumViolations violations = EquilibriumConditions.check(e);
    assertThat(violations.max()).as("%s", violations).isLessThanOrEqualTo(EXACT);
    for (int i = 0; i < 3; i++) {
      assertThat(e.leftover(i)).as("buyer %s spends exactly its budget", i).isZero();
    }
    // Eisenberg-Gale optimality: beta_i u_i = B_i for every buyer
    for (int i = 0; i < 3; i++) {
      assertThat(e.multipliers()[i] * e.utilities()[i]).isCloseTo(FISHER_3X3.budget(i), within(1e-13));
    }
    assertThat(e.revenue()).isCloseTo(4, within(1e-13));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 31, 32})
  void randomPacingEquilibriaHoldToRounding(long seed) {
    for (int[] size : new int[][] {{5, 12}, {4, 8}, {4, 6}}) {
      Market market = MarketsForTests.random(size[0], size[1], seed);
      MarketEquilibrium e = new FirstPricePacingEquilibriumSolver().solve(market);
      EquilibriumViolations violations = EquilibriumConditions.check(e);
      assertThat(violations.max()).as("seed %s size %sx%s: %s", seed, size[0], size[1], violations)
          .isLessThanOrEqualTo(EXACT);
      assertThat(e.accuracy()).isLessThanOrEqualTo(EXACT);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 11, 12, 13, 21})
  void randomFisherEquilibriaHoldToRounding(long seed) {
    for (int[] size : new int[][] {{6, 9}, {5, 7}, {4, 5}}) {
      Market market = MarketsForTests.random(size[0], size[1], seed);
      MarketEquilibrium e = new EisenbergGaleSolver().solve(market);
      EquilibriumViolations violations = EquilibriumConditions.check(e);
      assertThat(violations.max()).as("seed %s size %sx%s: %s", seed, size[0], size[1], violations)
          .isLessThanOrEqualTo(EXACT);
    }
  }

  /**
   * Ties between unpaced buyers: two unpaced buyers with equal values on one good and budgets large enough,
   * the price is their common value and any split is an equilibrium; the polished one must still be exact.
   */
  @Test
  void tiesBetweenUnpacedBuyersAreResolved() {
    Market market = Market.of(new double[] {5, 5}, new double[][] {{0.5, 0.2}, {0.5, 0.9}});
    MarketEquilibrium e = new FirstPricePacingEquilibriumSolver().solve(market);
    EquilibriumViolations violations = EquilibriumConditions.check(e);
    assertThat(violations.max()).as("%s", violations).isLessThanOrEqualTo(EXACT);
    assertThat(e.prices()[0]).isCloseTo(0.5, within(1e-14));
    assertThat(e.prices()[1]).isCloseTo(0.9, within(1e-14));
    assertThat(e.sold(0)).isCloseTo(1, within(1e-14));
  }

  /**
   * A point whose structure admits no equilibrium (buyer 1 is read as paced but wins nothing, so it cannot spend its
   * budget): every polish attempt fails and the input point is returned unchanged, accuracy included.
   */
  @Test
  void aPointWhoseStructureAdmitsNoEquilibriumIsKept() {
    Market market = Market.of(new double[] {0.4, 1}, new double[][] {{1}, {0.5}});
    MarketEquilibrium point = MarketEquilibrium.of(EquilibriumKind.FIRST_PRICE_PACING, "test", market,
        new double[] {0.3}, new double[] {1, 0}, new double[] {0.3, 0.3}, null, Double.NaN, 0.125, 7);
    assertThat(EquilibriumConditions.check(point).max()).isGreaterThan(0.1);
    assertThat(ActiveSetPolish.improve(point, true, ", polished")).isSameAs(point);
  }
}
