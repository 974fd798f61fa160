package org.agora.markets.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.agora.markets.auction.SingleItemFormat;
import org.junit.jupiter.api.Test;

class EquilibriumInputValidationTest {

  @Test
  void badSettingsAreRefusedWithTheValue() {
    assertThatThrownBy(() -> new ProportionalResponse(0)).hasMessageContaining("got 0");
    assertThatThrownBy(() -> new QuasiLinearProportionalResponse(-1)).hasMessageContaining("got -1");
    assertThatThrownBy(() -> new Tatonnement(10, 0)).hasMessage("the step size must be in (0, 10], got 0.0");
    assertThatThrownBy(() -> new EisenbergGaleSolver(0)).hasMessage("the tolerance must be in [1e-12, 1), got 0.0");
    assertThatThrownBy(() -> new FirstPricePacingEquilibriumSolver(2)).hasMessage("the tolerance must be in [1e-12, 1), got 2.0");
    assertThatThrownBy(() -> BneLearningSettings.defaults(SingleItemFormat.ALL_PAY, 2, 1)).hasMessageContaining("all_pay");
    assertThatThrownBy(() -> BneLearningSettings.defaults(SingleItemFormat.FIRST_PRICE, 1, 1)).hasMessage("an auction needs at least 2 bidders, got 1");
    Market market = MarketsForTests.random(2, 3, 1);
    assertThatThrownBy(() -> FppeInference.estimate(market, 1.5)).hasMessage("the confidence level must be in (0, 1), got 1.5");
    assertThatThrownBy(() -> FppeInference.estimate(Market.of(new double[] {1}, new double[][] {{1}}), 0.95))
        .hasMessage("inference needs at least 2 sampled items, got 1");
  }

  @Test
  void inferenceHandlesMarketsWhereEveryBuyerIsPaced() {
    // three buyers with small budgets over 200 items: all paced, the Hessian covers every buyer
    SplittableRandom random = new SplittableRandom(3);
    double[][] values = new double[3][200];
    for (double[] row : values) {
      for (int j = 0; j < row.length; j++) {
        row[j] = random.nextDouble();
      }
    }
    FppeInference.Result result = FppeInference.estimate(Market.of(new double[] {0.05, 0.1, 0.15}, values), 0.9);
    for (double alpha : result.equilibrium().multipliers()) {
      assertThat(alpha).isLessThan(1);
    }
    // every buyer spends its budget, so revenue is the total budget 0.3 whatever the sample: a tiny standard error
    assertThat(result.revenue().estimate()).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(result.revenue().standardError()).isLessThan(1e-3);
    assertThat(result.nashSocialWelfare().standardError()).isGreaterThan(0).isFinite();
  }
}
