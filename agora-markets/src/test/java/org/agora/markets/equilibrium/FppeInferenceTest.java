package org.agora.markets.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FppeInferenceTest {

  /*
   * The limit market: two buyers with budgets (0.1, 1) and independent U[0,1] values per item, total supply 1.
   * For a <= b, E[max(a X, b Y)] = b/2 + a^2/(6b) (X, Y i.i.d. U[0,1]). Buyer 2 is unpaced (beta_2 = 1: at
   * beta_1 below, the dual's derivative in beta_2 is 1/2 - beta_1^2/6 - 1 < 0), and buyer 1's multiplier solves
   * beta_1 / 3 = B_1 / beta_1, so beta_1 = sqrt(3 B_1) = sqrt(0.3). Revenue = E[max] = 1/2 + B_1 / 2 = 0.55;
   * the dual optimum is 0.55 - B_1 log beta_1, and NSW = dual + sum_i (B_i log B_i - B_i).
   */
  private static final double BUDGET_1 = 0.1;
  private static final double BETA_1 = Math.sqrt(3 * BUDGET_1);
  private static final double REVENUE = 0.5 + BUDGET_1 / 2;
  private static final double WELFARE = REVENUE - BUDGET_1 * Math.log(BETA_1)
      + (BUDGET_1 * Math.log(BUDGET_1) - BUDGET_1) + (0 - 1);

  private static Market sample(int items, SplittableRandom random) {
    double[][] values = new double[2][items];
    for (int j = 0; j < items; j++) {
      values[0][j] = random.nextDouble();
      values[1][j] = random.nextDouble();
    }
    return Market.of(new double[] {BUDGET_1, 1}, values);
  }

  @Test
  void aLargeSampleRecoversTheLimitEquilibrium() {
    FppeInference.Result result = FppeInference.estimate(sample(4000, new SplittableRandom(5)), 0.95);
    // 4000 items: standard errors about 0.2/sqrt(4000) = 0.003, so 0.015 is five of them
    assertThat(result.equilibrium().multipliers()[0]).isCloseTo(BETA_1, within(0.015));
    assertThat(result.equilibrium().multipliers()[1]).isCloseTo(1, within(1e-6));
    assertThat(result.revenue().estimate()).isCloseTo(REVENUE, within(0.015));
    assertThat(result.nashSocialWelfare().estimate()).isCloseTo(WELFARE, within(0.015));
    assertThat(result.revenue().contains(REVENUE)).isTrue();
  }

  @Test
  void nominalNinetyFivePercentIntervalsCoverNearNominally() {
    // 200 replications: a true coverage of 0.95 gives a count with standard deviation sqrt(200 * 0.95 * 0.05) = 3.1,
    // so [0.88, 0.99] (176 to 198) is more than 3 standard deviations either side
    SplittableRandom random = new SplittableRandom(2023);
    int replications = 200;
    int revenueCovered = 0;
    int welfareCovered = 0;
    double widthSum = 0;
    for (int r = 0; r < replications; r++) {
      FppeInference.Result result = FppeInference.estimate(sample(300, random), 0.95);
      revenueCovered += result.revenue().contains(REVENUE) ? 1 : 0;
      welfareCovered += result.nashSocialWelfare().contains(WELFARE) ? 1 : 0;
      widthSum += result.revenue().high() - result.revenue().low();
    }
    // measured with this seed: 189 of 200 (0.945) for both
    assertThat(revenueCovered / (double) replications).isBetween(0.88, 0.99);
    assertThat(welfareCovered / (double) replications).isBetween(0.88, 0.99);
    assertThat(widthSum / replications).as("intervals are not trivially wide").isLessThan(0.1);
  }

  @Test
  void theNormalQuantileMatchesTables() {
    assertThat(ConfidenceInterval.normalQuantile(0.975)).isCloseTo(1.959964, within(1e-6));
    assertThat(ConfidenceInterval.normalQuantile(0.95)).isCloseTo(1.644854, within(1e-6));
  }
}
