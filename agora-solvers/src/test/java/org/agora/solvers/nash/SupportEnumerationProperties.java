package org.agora.solvers.nash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.agora.testkit.SeededCase;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SupportEnumerationProperties {

  @TestFactory
  Stream<DynamicTest> everyReportedEquilibriumIsExact() {
    return SeededCases.tests(20261124, 200, one -> everyReportedEquilibriumIsExact(bimatrixGames(one)));
  }

  private void everyReportedEquilibriumIsExact(NormalFormGame game) {
    List<ExactMixedProfile> equalSize = new SupportEnumerationSolver().solve(game);
    List<ExactMixedProfile> extreme = new SupportEnumerationSolver(true).solve(game);
    for (ExactMixedProfile profile : extreme) {
      assertThat(ProfileMeasures.isNashEquilibrium(game, profile)).as(profile.toString()).isTrue();
    }
    // Every equal-size equilibrium is extreme, and every game has an extreme equilibrium.
    assertThat(extreme).isNotEmpty().containsAll(equalSize);
    for (MixedProfile profile : new SupportEnumerationSolver().solveDouble(game)) {
      assertThat(ProfileMeasures.nashConv(game, profile)).isLessThan(1e-7);
    }
  }

  @TestFactory
  Stream<DynamicTest> lpValueIsTheValueOfEveryEquilibrium() {
    return SeededCases.tests(42, 100, one -> lpValueIsTheValueOfEveryEquilibrium(zeroSumGames(one)));
  }

  private void lpValueIsTheValueOfEveryEquilibrium(NormalFormGame game) {
    double value = new ZeroSumLpSolver().solve(game).value();
    List<ExactMixedProfile> equilibria = new SupportEnumerationSolver(true).solve(game);
    assertThat(equilibria).isNotEmpty();
    for (ExactMixedProfile profile : equilibria) {
      Rational[] deviations = ProfileMeasures.exactDeviationPayoffs(game, profile, 0);
      Rational expected = Rational.ZERO;
      for (int s = 0; s < deviations.length; s++) {
        expected = expected.add(profile.probability(0, s).multiply(deviations[s]));
      }
      assertThat(expected.doubleValue()).isCloseTo(value, within(1e-9));
    }
  }

  /** 2x2 to 5x5 bimatrix games with payoffs in [-4, 4] (the smallest and largest shapes first). */
  static NormalFormGame bimatrixGames(SeededCase one) {
    int rows = one.intBetween(2, 5);
    int columns = one.intBetween(2, 5);
    int[] values = one.random().ints(50, -4, 5).toArray();
    double[][] row = new double[rows][columns];
    double[][] column = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        row[i][j] = values[i * columns + j];
        column[i][j] = values[25 + i * columns + j];
      }
    }
    return bimatrix(row, column);
  }

  /** 2x2 to 5x5 zero-sum games with payoffs in [-9, 9] (the smallest and largest shapes first). */
  static NormalFormGame zeroSumGames(SeededCase one) {
    int rows = one.intBetween(2, 5);
    int columns = one.intBetween(2, 5);
    int[] values = one.random().ints(25, -9, 10).toArray();
    double[][] row = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        row[i][j] = values[i * columns + j];
      }
    }
    return ZeroSumLpSolverTest.zeroSum(row);
  }

  private static NormalFormGame bimatrix(double[][] row, double[][] column) {
    String[] rowNames = new String[row.length];
    String[] columnNames = new String[row[0].length];
    java.util.Arrays.setAll(rowNames, i -> "r" + i);
    java.util.Arrays.setAll(columnNames, j -> "c" + j);
    return NormalFormGame.bimatrix(GameParameters.none("random"), rowNames, columnNames, row, column);
  }
}
