package org.agora.solvers.nash;

import static org.agora.solvers.nash.BimatrixGames.bimatrix;
import static org.agora.solvers.nash.BimatrixGames.profile;
import static org.agora.solvers.nash.BimatrixGames.zoo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.api.Test;

class ExactZeroSumLpSolverTest {

  private final ExactZeroSumLpSolver solver = new ExactZeroSumLpSolver();

  @Test
  void matchingPenniesAndRockPaperScissorsHaveValueZero() {
    ExactZeroSumLpSolver.ZeroSumSolution pennies = solver.solve(zoo("matching_pennies"));
    assertThat(pennies.value()).isEqualTo(Rational.ZERO);
    assertThat(pennies.strategies()).isEqualTo(profile(2, "1/2", "1/2", "1/2", "1/2"));
    ExactZeroSumLpSolver.ZeroSumSolution rps = solver.solve(zoo("rock_paper_scissors"));
    assertThat(rps.value()).isEqualTo(Rational.ZERO);
    assertThat(rps.strategies()).isEqualTo(profile(3, "1/3", "1/3", "1/3", "1/3", "1/3", "1/3"));
  }

  @Test
  void aGameWithAFractionalValue() {
    // Row (3,-1;-2,1/2): x = (1/2+2)/(3+1+2+1/2) = 5/13 on top; value (3*1/2 - 2)/(13/2) = -1/13.
    NormalFormGame game = bimatrix(new double[][] {{3, -1}, {-2, 0.5}}, new double[][] {{-3, 1}, {2, -0.5}});
    ExactZeroSumLpSolver.ZeroSumSolution solution = solver.solve(game);
    assertThat(solution.value()).isEqualTo(Rational.of(-1, 13));
    assertThat(solution.strategies()).isEqualTo(profile(2, "5/13", "8/13", "3/13", "10/13"));
  }

  @Test
  void randomZeroSumGamesGetExactEquilibriaWithTheirValue() {
    SplittableRandom random = new SplittableRandom(42);
    for (int trial = 0; trial < 30; trial++) {
      int rows = 1 + random.nextInt(6);
      int columns = 1 + random.nextInt(6);
      double[][] row = new double[rows][columns];
      double[][] column = new double[rows][columns];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          row[i][j] = random.nextInt(21) - 10;
          column[i][j] = -row[i][j];
        }
      }
      NormalFormGame game = bimatrix(row, column);
      ExactZeroSumLpSolver.ZeroSumSolution solution = solver.solve(game);
      ExactMixedProfile strategies = solution.strategies();
      assertThat(ProfileMeasures.isNashEquilibrium(game, strategies)).isTrue();
      Rational expected = Rational.ZERO;
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          expected = expected.add(strategies.probability(0, i).multiply(strategies.probability(1, j))
              .multiply(Rational.of((long) row[i][j])));
        }
      }
      assertThat(solution.value()).isEqualTo(expected);
    }
  }

  @Test
  void rejectsGeneralSumGames() {
    assertThatThrownBy(() -> solver.solve(zoo("battle_of_the_sexes"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zero-sum").hasMessageContaining("this game is general-sum");
  }
}
