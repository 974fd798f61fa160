package org.agora.markets.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MarketEquilibriumMethodTest {

  /** The hand-solved Fisher market of {@link FisherMarketTest}: prices (1.5, 1.5), everyone spends its budget. */
  private static final Market MARKET = Market.of(new double[] {2, 1}, new double[][] {{1, 1}, {1, 2}});

  @ParameterizedTest
  @EnumSource(MarketEquilibriumMethod.class)
  void everyMethodSolvesASmallMarketToItsConditions(MarketEquilibriumMethod method) {
    MarketEquilibrium e = method.solve(MARKET);
    assertThat(MarketEquilibriumMethod.byId(method.id())).isEqualTo(method);
    // Fisher: prices (1.5, 1.5), revenue 3. FPPE: prices never exceed values, so buyer 1 (budget 2) is unpaced
    // and bids (1, 1); buyer 2 paced to 1/2 bids (0.5, 1), ties on good 2 at price 1 and spends its budget 1 there,
    // buyer 1 buys good 1 at 1: prices (1, 1), revenue 2. Tatonnement is the slow one (step-averaged subgradient).
    double tolerance = method == MarketEquilibriumMethod.FISHER_TATONNEMENT ? 2e-2 : 1e-3;
    if (e.kind() == EquilibriumKind.FISHER) {
      assertThat(e.prices()[0]).isCloseTo(1.5, within(1.5 * tolerance));
      assertThat(e.revenue()).isCloseTo(3, within(3 * tolerance));
    } else if (e.kind() == EquilibriumKind.FIRST_PRICE_PACING) {
      assertThat(e.prices()).containsExactly(new double[] {1, 1}, within(tolerance));
      assertThat(e.multipliers()).containsExactly(new double[] {1, 0.5}, within(tolerance));
      assertThat(e.revenue()).isCloseTo(2, within(2 * tolerance));
    } else {
      assertThat(EquilibriumConditions.check(e).max()).isLessThan(1e-6);
    }
  }

  @Test
  void unknownIdsAreRejectedWithTheAllowedList() {
    assertThatThrownBy(() -> MarketEquilibriumMethod.byId("walras"))
        .hasMessage("unknown market equilibrium method 'walras'; expected one of fisher, fisher-pr, fisher-tatonnement, fppe, fppe-pr, sppe-max, sppe-min");
  }
}
