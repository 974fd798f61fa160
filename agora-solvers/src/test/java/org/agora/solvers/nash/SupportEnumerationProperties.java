package org.agora.solvers.nash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;

class SupportEnumerationProperties {

  @Property(tries = 200, seed = "20261124")
  void everyReportedEquilibriumIsExact(@ForAll("bimatrixGames") NormalFormGame game) {
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

  @Property(tries = 100, seed = "42")
  void lpValueIsTheValueOfEveryEquilibrium(@ForAll("zeroSumGames") NormalFormGame game) {
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

  @Provide
  Arbitrary<NormalFormGame> bimatrixGames() {
    return Combinators.combine(Arbitraries.integers().between(2, 5), Arbitraries.integers().between(2, 5),
        Arbitraries.integers().between(-4, 4).list().ofSize(50)).as((rows, columns, values) -> {
          double[][] row = new double[rows][columns];
          double[][] column = new double[rows][columns];
          for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
              row[i][j] = values.get(i * columns + j);
              column[i][j] = values.get(25 + i * columns + j);
            }
          }
          return bimatrix(row, column);
        });
  }

  @Provide
  Arbitrary<NormalFormGame> zeroSumGames() {
    return Combinators.combine(Arbitraries.integers().between(2, 5), Arbitraries.integers().between(2, 5),
        Arbitraries.integers().between(-9, 9).list().ofSize(25)).as((rows, columns, values) -> {
          double[][] row = new double[rows][columns];
          for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
              row[i][j] = values.get(i * columns + j);
            }
          }
          return ZeroSumLpSolverTest.zeroSum(row);
        });
  }

  private static NormalFormGame bimatrix(double[][] row, double[][] column) {
    String[] rowNames = new String[row.length];
    String[] columnNames = new String[row[0].length];
    java.util.Arrays.setAll(rowNames, i -> "r" + i);
    java.util.Arrays.setAll(columnNames, j -> "c" + j);
    return NormalFormGame.bimatrix(GameParameters.none("random"), rowNames, columnNames, row, column);
  }
}
