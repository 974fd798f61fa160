package org.agora.evaluation.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RunningStatisticsTest {

  @Test
  void meanAndSampleStandardDeviationMatchTheClosedForm() {
    RunningStatistics statistics = new RunningStatistics();
    for (double value : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
      statistics.add(value);
    }

    assertThat(statistics.count()).isEqualTo(8);
    assertThat(statistics.mean()).isEqualTo(5.0);
    assertThat(statistics.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
    assertThat(statistics.halfWidth95()).isCloseTo(1.96 * Math.sqrt(32.0 / 7) / Math.sqrt(8), within(1e-12));
  }

  @Test
  void mergingPartsEqualsAddingEverything() {
    RunningStatistics whole = new RunningStatistics();
    RunningStatistics left = new RunningStatistics();
    RunningStatistics right = new RunningStatistics();
    for (int i = 0; i < 100; i++) {
      double value = Math.sin(i) * 10 + i % 7;
      whole.add(value);
      (i < 37 ? left : right).add(value);
    }
    RunningStatistics merged = new RunningStatistics();
    merged.merge(left);
    merged.merge(new RunningStatistics());
    merged.merge(right);

    assertThat(merged.count()).isEqualTo(100);
    assertThat(merged.mean()).isCloseTo(whole.mean(), within(1e-12));
    assertThat(merged.standardDeviation()).isCloseTo(whole.standardDeviation(), within(1e-12));
  }

  @Test
  void undefinedValuesAreNaN() {
    RunningStatistics statistics = new RunningStatistics();
    assertThat(statistics.mean()).isNaN();
    statistics.add(3);
    assertThat(statistics.mean()).isEqualTo(3);
    assertThat(statistics.standardDeviation()).isNaN();
    assertThat(statistics.halfWidth95()).isNaN();
  }
}
