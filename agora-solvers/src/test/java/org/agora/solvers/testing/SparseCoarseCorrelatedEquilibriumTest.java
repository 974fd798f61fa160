package org.agora.solvers.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SparseCoarseCorrelatedEquilibriumTest {

  static NormalFormGame random(long seed, int rows, int columns) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] first = new double[rows][columns];
    double[][] second = new double[rows][columns];
    String[] rowNames = new String[rows];
    String[] columnNames = new String[columns];
    for (int i = 0; i < rows; i++) {
      rowNames[i] = "r" + i;
      for (int j = 0; j < columns; j++) {
        first[i][j] = random.nextInt(-5, 6);
        second[i][j] = random.nextInt(-5, 6);
      }
    }
    for (int j = 0; j < columns; j++) {
      columnNames[j] = "c" + j;
    }
    return NormalFormGame.bimatrix(GameParameters.none("random"), rowNames, columnNames, first, second);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void theSupportIsBoundedAndReoptimisingOnlyLowersTheGap(long seed) {
    NormalFormGame game = random(seed, 6, 6);
    SparseCoarseCorrelatedEquilibrium.Result result = SparseCoarseCorrelatedEquilibrium.compute(game, 5,
        Objective.FEASIBLE, new SplittableRandom(seed));
    assertThat(result.support()).isBetween(1, 5);
    long positive = java.util.Arrays.stream(result.distribution()).filter(p -> p > 0).count();
    assertThat(positive).isLessThanOrEqualTo(result.support());
    assertThat(java.util.Arrays.stream(result.distribution()).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(result.gap()).isLessThanOrEqualTo(result.sampledGap() + 1e-12);
  }

  @Test
  void aPureWelfareOptimumNeedsOneDrawAndHasNoGap() {
    // Coordination: the welfare-maximising CCE is (A,A) with probability 1, so one draw is exact.
    NormalFormGame game = NormalFormGame.bimatrix(GameParameters.none("coordination"), new String[] {"A", "B"},
        new String[] {"A", "B"}, new double[][] {{2, 0}, {0, 1}}, new double[][] {{2, 0}, {0, 1}});
    SparseCoarseCorrelatedEquilibrium.Result result = SparseCoarseCorrelatedEquilibrium.compute(game, 1,
        Objective.MAXIMUM_SOCIAL_WELFARE, new SplittableRandom(1));
    assertThat(result.support()).isEqualTo(1);
    assertThat(result.distribution()[0]).isEqualTo(1.0);
    assertThat(result.gap()).isZero();
  }

  @Test
  void manyDrawsMeetTheHoeffdingBound() {
    // With k = 2000 draws the 95% bound is R sqrt(2 ln(2K/0.05) / k) with R = 10, K = 12: about 1.11.
    NormalFormGame game = random(9, 6, 6);
    SparseCoarseCorrelatedEquilibrium.Result result = SparseCoarseCorrelatedEquilibrium.compute(game, 2000,
        Objective.FEASIBLE, new SplittableRandom(9));
    assertThat(result.bound()).isCloseTo(10 * Math.sqrt(2 * Math.log(2 * 12 / 0.05) / 2000), within(1e-12));
    assertThat(result.sampledGap()).isLessThanOrEqualTo(result.bound());
  }
}
