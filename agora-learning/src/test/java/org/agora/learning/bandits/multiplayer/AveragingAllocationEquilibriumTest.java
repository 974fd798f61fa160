package org.agora.learning.bandits.multiplayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The equilibrium of Xu et al. (ICML 2023) on random instances: the counts add up to N and there is a
 * z with {@code mu_k / m_k >= z >= mu_k / (m_k + 1)} on every occupied arm and {@code z >= mu_k} on
 * every empty one (the acceptance); equivalently no player gains by moving.
 */
class AveragingAllocationEquilibriumTest {

  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> 1000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void waterFillingCountsSatisfyTheThresholdConditions(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int arms = 1 + random.nextInt(12);
    int players = 1 + random.nextInt(30);
    double[] means = new double[arms];
    for (int k = 0; k < arms; k++) {
      // Some zero and some repeated means, to exercise ties.
      means[k] = random.nextInt(8) == 0 ? 0 : random.nextInt(5) == 0 ? 0.5 : random.nextDouble();
    }
    int[] counts = AveragingAllocationEquilibrium.counts(means, players);
    assertThat(IntStream.of(counts).sum()).isEqualTo(players);
    double z = AveragingAllocationEquilibrium.threshold(means, counts);
    for (int k = 0; k < arms; k++) {
      if (counts[k] > 0) {
        assertThat(means[k] / counts[k]).isGreaterThanOrEqualTo(z);
      }
      assertThat(z).isGreaterThanOrEqualTo(means[k] / (counts[k] + 1));
    }
    // No unilateral deviation pays: a player on k moving to j gets mu_j / (m_j + 1).
    for (int k = 0; k < arms; k++) {
      for (int j = 0; j < arms; j++) {
        if (counts[k] > 0 && j != k) {
          assertThat(means[k] / counts[k]).isGreaterThanOrEqualTo(means[j] / (counts[j] + 1));
        }
      }
    }
  }

  @Test
  void handExamples() {
    // 1/2 > 0.1: both players share the good arm.
    assertThat(AveragingAllocationEquilibrium.counts(new double[] {1, 0.1}, 2)).containsExactly(2, 0);
    // Shares in order: 0.9 (arm 0), 0.5 (arm 1), 0.45 (arm 0), then 0.3 on arms 0 and 2: the lower arm.
    int[] counts = AveragingAllocationEquilibrium.counts(new double[] {0.9, 0.5, 0.3}, 4);
    assertThat(counts).containsExactly(3, 1, 0);
    assertThat(AveragingAllocationEquilibrium.threshold(new double[] {0.9, 0.5, 0.3}, counts)).isEqualTo(0.3);
    assertThat(AveragingAllocationEquilibrium.totalReward(new double[] {0.9, 0.5, 0.3}, counts)).isEqualTo(1.4);
  }
}
