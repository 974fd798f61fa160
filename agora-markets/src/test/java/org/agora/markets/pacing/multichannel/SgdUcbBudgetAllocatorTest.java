package org.agora.markets.pacing.multichannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.agora.markets.auction.ValueDistribution;
import org.junit.jupiter.api.Test;

class SgdUcbBudgetAllocatorTest {

  private static final int LEVELS = 8;
  private static final double BUDGET = 3;
  private static final double ROI = 2.5;
  private static final int AUCTIONS = 10;
  /** The order of one channel's per-period conversion noise here (values U[0,1], a few auctions bought). */
  private static final double NOISE = 0.5;

  private static StochasticChannels environment() {
    ValueDistribution value = new ValueDistribution.Uniform(0, 1);
    return new StochasticChannels(new int[] {AUCTIONS, AUCTIONS, AUCTIONS},
        new ValueDistribution[] {value, value, value},
        new ValueDistribution[] {new ValueDistribution.Uniform(0, 0.6), new ValueDistribution.Uniform(0, 1.2),
            new ValueDistribution.Uniform(0.1, 2)});
  }

  /** Mean conversions [0][j][k] and spend [1][j][k] of level k on channel j, by Monte Carlo. */
  private static double[][][] expectations(StochasticChannels channels) {
    int samples = 40_000;
    double[][][] mean = new double[2][3][LEVELS + 1];
    double[] budgets = new double[3];
    double[] conversions = new double[3];
    double[] spend = new double[3];
    SplittableRandom random = new SplittableRandom(99);
    for (int k = 0; k <= LEVELS; k++) {
      java.util.Arrays.fill(budgets, BUDGET * k / LEVELS);
      for (int s = 0; s < samples; s++) {
        channels.period(budgets, conversions, spend, random);
        for (int j = 0; j < 3; j++) {
          mean[0][j][k] += conversions[j] / samples;
          mean[1][j][k] += spend[j] / samples;
        }
      }
    }
    return mean;
  }

  /** The best per-channel levels for the expected problem: most conversions, budgets within BUDGET, ROI met. */
  private static double optimum(double[][][] mean) {
    double best = 0;
    for (int a = 0; a <= LEVELS; a++) {
      for (int b = 0; a + b <= LEVELS; b++) {
        for (int c = 0; a + b + c <= LEVELS; c++) {
          double v = mean[0][0][a] + mean[0][1][b] + mean[0][2][c];
          double s = mean[1][0][a] + mean[1][1][b] + mean[1][2][c];
          if (v >= ROI * s) {
            best = Math.max(best, v);
          }
        }
      }
    }
    return best;
  }

  /** Runs SGD-UCB for T periods; returns {pseudo-regret / T, ROI violation / T} against the expected problem. */
  private static double[] run(int horizon, long seed, double[][][] mean, double optimum) {
    StochasticChannels channels = environment();
    SgdUcbBudgetAllocator learner = new SgdUcbBudgetAllocator(3, LEVELS, BUDGET, ROI, NOISE, horizon);
    SplittableRandom random = new SplittableRandom(seed);
    double[] budgets = new double[3];
    double[] conversions = new double[3];
    double[] spend = new double[3];
    double regret = 0;
    double slack = 0;
    for (int t = 0; t < horizon; t++) {
      learner.chooseBudgets(budgets);
      double total = 0;
      for (int j = 0; j < 3; j++) {
        assertThat(budgets[j]).isEqualTo(learner.budgetOfLevel(learner.level(j)));
        total += budgets[j];
        regret += -mean[0][j][learner.level(j)];
        slack += mean[0][j][learner.level(j)] - ROI * mean[1][j][learner.level(j)];
      }
      regret += optimum;
      assertThat(total).isLessThanOrEqualTo(BUDGET + 1e-9);
      channels.period(budgets, conversions, spend, random);
      learner.observe(conversions, spend);
    }
    return new double[] {regret / horizon, Math.max(0, -slack) / horizon};
  }

  @Test
  void averageRegretFallsWithTheHorizonAndTheRoiViolationIsSmall() {
    StochasticChannels channels = environment();
    double[][][] mean = expectations(channels);
    double optimum = optimum(mean);
    int seeds = 4;
    double shortRegret = 0;
    double shortViolation = 0;
    double longRegret = 0;
    double longViolation = 0;
    for (int seed = 0; seed < seeds; seed++) {
      double[] brief = run(250, seed, mean, optimum);
      shortRegret += brief[0] / seeds;
      shortViolation += brief[1] / seeds;
      double[] outcome = run(4000, 100 + seed, mean, optimum);
      longRegret += outcome[0] / seeds;
      longViolation += outcome[1] / seeds;
    }
    // measured: optimum 6.69 (ROI binds: 7.16 without it); regret/T 0.65 -> 0.18, violation/T 0.17 -> 0.012
    assertThat(longRegret).isLessThan(0.5 * shortRegret);
    assertThat(longViolation).isLessThan(0.5 * shortViolation).isLessThan(0.01 * optimum);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> new SgdUcbBudgetAllocator(0, 4, 1, 1, 1, 10)).hasMessageContaining("channels");
    assertThatThrownBy(() -> new SgdUcbBudgetAllocator(2, 4, Double.NaN, 1, 1, 10)).hasMessageContaining("budget");
    SgdUcbBudgetAllocator learner = new SgdUcbBudgetAllocator(1, 4, 1, 1, 1, 10);
    learner.chooseBudgets(new double[1]);
    assertThatThrownBy(() -> learner.observe(new double[] {-1}, new double[] {0}))
        .hasMessageContaining("channel 0 reported conversions -1.0");
  }

  @Test
  void parsesItsOptionsFromAString() {
    SgdUcbBudgetAllocator learner = SgdUcbBudgetAllocator.parse("sgd_ucb(channels=2,levels=4,budget=2,horizon=10)");
    assertThat(learner.budgetOfLevel(1)).isEqualTo(0.5);
    double[] budgets = new double[2];
    learner.chooseBudgets(budgets);
    assertThat(budgets[0] + budgets[1]).isLessThanOrEqualTo(2);
    assertThatThrownBy(() -> SgdUcbBudgetAllocator.parse("sgd_ucb(levels=4,horizon=10)"))
        .hasMessageContaining("'channels' is required");
  }
}
