package org.agora.solvers.nash;

import static org.agora.solvers.nash.PureNashSolverTest.game;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.junit.jupiter.api.Test;

class ZeroSumLpSolverTest {

  private final ZeroSumLpSolver solver = new ZeroSumLpSolver();

  @Test
  void symmetricGamesHaveValueZero() {
    ZeroSumLpSolver.ZeroSumSolution rps = solver.solve(game("rock_paper_scissors"));
    assertThat(rps.value()).isCloseTo(0.0, within(1e-9));
    assertThat(rps.strategies().isCloseTo(MixedProfile.of(third(), third()), 1e-9)).isTrue();
    ZeroSumLpSolver.ZeroSumSolution pennies = solver.solve(game("matching_pennies"));
    assertThat(pennies.value()).isCloseTo(0.0, within(1e-9));
    double[] half = {0.5, 0.5};
    assertThat(pennies.strategies().isCloseTo(MixedProfile.of(half, half), 1e-9)).isTrue();
  }

  @Test
  void biasedRockPaperScissors() {
    ZeroSumLpSolver.ZeroSumSolution solution = solver.solve(game("biased_rock_paper_scissors"));
    assertThat(solution.value()).isCloseTo(0.0, within(1e-9));
    double[] equilibrium = {1.0 / 16, 10.0 / 16, 5.0 / 16};
    assertThat(solution.strategies().isCloseTo(MixedProfile.of(equilibrium, equilibrium), 1e-9)).isTrue();
  }

  @Test
  void handComputedTwoByThree() {
    // Row x = (p, 1-p) earns 5p-2, 1-2p and 2p against the three columns; the lower envelope peaks
    // where 5p-2 = 1-2p: p = 3/7, value 1/7. The column player mixes the first two columns so both
    // rows earn 1/7: 3a - b = -2a + b, a = 2/7.
    NormalFormGame game = zeroSum(new double[][] {{3, -1, 2}, {-2, 1, 0}});
    ZeroSumLpSolver.ZeroSumSolution solution = solver.solve(game);
    assertThat(solution.value()).isCloseTo(1.0 / 7, within(1e-9));
    assertThat(solution.strategies().isCloseTo(
        MixedProfile.of(new double[] {3.0 / 7, 4.0 / 7}, new double[] {2.0 / 7, 5.0 / 7, 0.0}), 1e-9)).isTrue();
  }

  @Test
  void constantSumGameIsSolvedForTheRowPlayer() {
    double[][] row = {{3, -1, 2}, {-2, 1, 0}};
    double[][] column = new double[2][3];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        column[i][j] = 5 - row[i][j];
      }
    }
    NormalFormGame game = NormalFormGame.bimatrix(GameParameters.none("constant"), new String[] {"a", "b"},
        new String[] {"x", "y", "z"}, row, column);
    assertThat(solver.solve(game).value()).isCloseTo(1.0 / 7, within(1e-9));
  }

  @Test
  void randomGameStrategiesGuaranteeTheValue() {
    SplittableRandom random = new SplittableRandom(42);
    int size = 60;
    double[][] matrix = new double[size][size];
    for (double[] row : matrix) {
      for (int j = 0; j < size; j++) {
        row[j] = 2 * random.nextDouble() - 1;
      }
    }
    ZeroSumLpSolver.ZeroSumSolution solution = solver.solve(zeroSum(matrix));
    double[] x = solution.strategies().strategy(0);
    double[] y = solution.strategies().strategy(1);
    double rowGuarantee = Double.POSITIVE_INFINITY;
    double columnGuarantee = Double.NEGATIVE_INFINITY;
    double expected = 0.0;
    for (int j = 0; j < size; j++) {
      double payoff = 0.0;
      for (int i = 0; i < size; i++) {
        payoff += x[i] * matrix[i][j];
        expected += x[i] * matrix[i][j] * y[j];
      }
      rowGuarantee = Math.min(rowGuarantee, payoff);
    }
    for (int i = 0; i < size; i++) {
      double payoff = 0.0;
      for (int j = 0; j < size; j++) {
        payoff += matrix[i][j] * y[j];
      }
      columnGuarantee = Math.max(columnGuarantee, payoff);
    }
    assertThat(rowGuarantee).isCloseTo(solution.value(), within(1e-9));
    assertThat(columnGuarantee).isCloseTo(solution.value(), within(1e-9));
    assertThat(expected).isCloseTo(solution.value(), within(1e-9));
  }

  @Test
  void reproducesTheDependencyNotesFigure() {
    // /work/shared/notes/java-dependencies.md: a 200 x 200 game with entries U[-1, 1] drawn row by
    // row from java.util.Random(42) as 2 * nextDouble() - 1 has value 0.012152932781 (12 digits).
    java.util.Random random = new java.util.Random(42);
    double[][] matrix = new double[200][200];
    for (double[] row : matrix) {
      for (int j = 0; j < row.length; j++) {
        row[j] = 2 * random.nextDouble() - 1;
      }
    }
    assertThat(solver.solve(zeroSum(matrix)).value()).isCloseTo(0.012152932781, within(1e-11));
  }

  @Test
  void rejectsGeneralSumAndOtherPlayerCounts() {
    assertThatThrownBy(() -> solver.solve(game("battle_of_the_sexes")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GENERAL_SUM");
    assertThatThrownBy(() -> solver.solve(game("blotto(players=3,soldiers=3,fields=2)")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 players");
  }

  private static double[] third() {
    return new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3};
  }

  static NormalFormGame zeroSum(double[][] row) {
    double[][] column = new double[row.length][];
    for (int i = 0; i < row.length; i++) {
      column[i] = row[i].clone();
      for (int j = 0; j < column[i].length; j++) {
        column[i][j] = -column[i][j];
      }
    }
    String[] rowNames = new String[row.length];
    String[] columnNames = new String[row[0].length];
    java.util.Arrays.setAll(rowNames, i -> "r" + i);
    java.util.Arrays.setAll(columnNames, j -> "c" + j);
    return NormalFormGame.bimatrix(GameParameters.none("zero_sum"), rowNames, columnNames, row, column);
  }
}
