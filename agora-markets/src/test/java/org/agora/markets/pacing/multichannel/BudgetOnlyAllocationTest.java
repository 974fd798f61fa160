package org.agora.markets.pacing.multichannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BudgetOnlyAllocationTest {

  /** A random instance: 2-5 channels of 1-25 auctions, some free or worthless, budget and ROI target both binding or not. */
  static MultiChannelProblem randomProblem(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int channels = 2 + random.nextInt(4);
    double[][] values = new double[channels][];
    double[][] costs = new double[channels][];
    double totalCost = 0;
    for (int j = 0; j < channels; j++) {
      int auctions = 1 + random.nextInt(25);
      double priceScale = 0.2 + 2 * random.nextDouble(); // channels differ in how dear they are
      values[j] = new double[auctions];
      costs[j] = new double[auctions];
      for (int n = 0; n < auctions; n++) {
        values[j][n] = random.nextInt(20) == 0 ? 0 : random.nextDouble();
        costs[j][n] = random.nextInt(30) == 0 ? 0 : priceScale * random.nextDouble();
        totalCost += costs[j][n];
      }
    }
    double budget = Math.max(0.01, totalCost * (0.05 + 1.1 * random.nextDouble()));
    double roi = random.nextInt(4) == 0 ? 0 : 0.3 + 1.5 * random.nextDouble();
    return new MultiChannelProblem(values, costs, budget, roi);
  }

  /** The paper's theorem (Deng et al. 2023): budget-only optimisation attains the global LP optimum. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
      26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
  void budgetOnlyOptimumEqualsTheGlobalLpOptimumOnRandomInstances(long seed) {
    MultiChannelProblem problem = randomProblem(seed);
    ChannelAllocation global = GlobalMultiChannelLp.solve(problem);
    ChannelAllocation budgetOnly = BudgetOnlyAllocation.solve(problem);
    double tolerance = 1e-6 * Math.max(1, global.conversions());
    assertThat(budgetOnly.conversions()).isCloseTo(global.conversions(), within(tolerance));
    assertThat(budgetOnly.spend()).isLessThanOrEqualTo(problem.budget() + 1e-9);
    assertThat(budgetOnly.conversions()).isGreaterThanOrEqualTo(problem.targetRoi() * budgetOnly.spend() - 1e-9);
    // and no random feasible per-channel budgets beat the LP (it is an upper bound for every lever)
    SplittableRandom random = new SplittableRandom(seed * 31);
    for (int trial = 0; trial < 200; trial++) {
      double[] budgets = new double[problem.channels()];
      double left = problem.budget();
      for (int j = 0; j < budgets.length; j++) {
        budgets[j] = left * random.nextDouble();
        left -= budgets[j];
      }
      ChannelAllocation other = BudgetOnlyAllocation.evaluate(problem, budgets);
      if (other.conversions() >= problem.targetRoi() * other.spend()) {
        assertThat(other.conversions()).isLessThanOrEqualTo(global.conversions() + tolerance);
      }
    }
  }

  @Test
  void aHandInstanceWhereTheRoiTargetBinds() {
    // channel 0: (v, d) = (1, 0.5) ratio 2; channel 1: (1, 1) ratio 1 and (1, 2) ratio 0.5; budget 10, gamma 1:
    // take ratio 2 and 1 fully (conversions 2, spend 1.5), then x of the last with 2 + x >= 1.5 + 2x, so x = 0.5
    MultiChannelProblem problem = new MultiChannelProblem(new double[][] {{1}, {1, 1}},
        new double[][] {{0.5}, {1, 2}}, 10, 1);
    ChannelAllocation global = GlobalMultiChannelLp.solve(problem);
    ChannelAllocation budgetOnly = BudgetOnlyAllocation.solve(problem);
    assertThat(global.conversions()).isCloseTo(2.5, within(1e-7));
    assertThat(budgetOnly.conversions()).isCloseTo(2.5, within(1e-12));
    assertThat(budgetOnly.channelBudgets()).containsExactly(new double[] {0.5, 2}, within(1e-12));
  }

  @Test
  void aChannelBuysByDecreasingRatioAndSpendsAtMostItsBudget() {
    ChannelProcurement channel = new ChannelProcurement(new double[] {1, 3, 0, 2}, new double[] {1, 1, 5, 0});
    assertThat(channel.conversions(0)).isEqualTo(2); // the free auction
    assertThat(channel.conversions(0.5)).isCloseTo(2 + 1.5, within(1e-12));
    assertThat(channel.conversions(1.5)).isCloseTo(5.5, within(1e-12));
    assertThat(channel.conversions(100)).isEqualTo(6);
    assertThat(channel.spend(100)).isEqualTo(2); // the worthless auction is never bought
  }

  @Test
  void badProblemsAreRefused() {
    assertThatThrownBy(() -> new MultiChannelProblem(new double[][] {{1}}, new double[][] {{1, 2}}, 1, 1))
        .hasMessageContaining("channel 0 has 1 values but 2 costs");
    assertThatThrownBy(() -> new MultiChannelProblem(new double[][] {{-1}}, new double[][] {{1}}, 1, 1))
        .hasMessageContaining("channel 0 auction 0 has value -1.0");
    assertThatThrownBy(() -> new MultiChannelProblem(new double[][] {{1}}, new double[][] {{1}}, 0, 1))
        .hasMessageContaining("budget");
  }
}
