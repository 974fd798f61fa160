package org.agora.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportChartsTest {

  @Test
  void fewAgentsAreAllDrawnHighestFirst() {
    assertThat(ReportCharts.drawnTrajectories(new double[] {1500, 1700, 1400})).containsExactly(1, 0, 2);
  }

  @Test
  void manyAgentsDrawOnlyTheHighestRatedAtTheEnd() {
    double[] ratings = new double[43];
    for (int a = 0; a < ratings.length; a++) {
      ratings[a] = 1000 + (a * 17) % 43; // a permutation of 1000..1042
    }
    int[] drawn = ReportCharts.drawnTrajectories(ratings);
    assertThat(drawn).hasSize(ReportCharts.MAX_TRAJECTORIES);
    for (int rank = 0; rank < drawn.length; rank++) {
      assertThat(ratings[drawn[rank]]).isEqualTo(1042.0 - rank);
    }
  }
}
