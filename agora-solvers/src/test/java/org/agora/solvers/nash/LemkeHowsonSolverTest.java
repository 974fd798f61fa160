package org.agora.solvers.nash;

import static org.agora.solvers.nash.BimatrixGames.bimatrix;
import static org.agora.solvers.nash.BimatrixGames.profile;
import static org.agora.solvers.nash.BimatrixGames.zoo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.api.Test;

class LemkeHowsonSolverTest {

  private final LemkeHowsonSolver solver = new LemkeHowsonSolver();

  @Test
  void matchingPenniesAndRockPaperScissorsHaveTheUniformEquilibrium() {
    assertThat(solver.solveAllLabels(zoo("matching_pennies"))).containsExactly(profile(2, "1/2", "1/2", "1/2", "1/2"));
    assertThat(solver.solveAllLabels(zoo("rock_paper_scissors")))
        .containsExactly(profile(3, "1/3", "1/3", "1/3", "1/3", "1/3", "1/3"));
  }

  @Test
  void shapleysGameHasTheUniformEquilibrium() {
    assertThat(solver.solveAllLabels(zoo("shapleys_game")))
        .containsExactly(profile(3, "1/3", "1/3", "1/3", "1/3", "1/3", "1/3"));
  }

  @Test
  void battleOfTheSexesLabelsReachBothPureEquilibria() {
    // Row (3,0;0,2), column (2,0;0,3). Label 1 leads to (opera, opera), label 2 to (football, football).
    NormalFormGame game = zoo("battle_of_the_sexes");
    assertThat(solver.solve(game, 1)).isEqualTo(profile(2, "1", "0", "1", "0"));
    assertThat(solver.solve(game, 2)).isEqualTo(profile(2, "0", "1", "0", "1"));
    assertThat(solver.solveAllLabels(game)).containsExactlyInAnyOrder(
        profile(2, "1", "0", "1", "0"), profile(2, "0", "1", "0", "1"));
  }

  @Test
  void prisonersDilemmaEndsInMutualDefection() {
    NormalFormGame game = zoo("prisoners_dilemma");
    List<ExactMixedProfile> equilibria = solver.solveAllLabels(game);
    assertThat(equilibria).hasSize(1);
    int defect = game.strategyName(0, 0).toLowerCase().startsWith("defect") ? 0 : 1;
    assertThat(equilibria.get(0).probability(0, defect).signum()).isPositive();
    assertThat(equilibria.get(0).support(0)).containsExactly(defect);
    assertThat(equilibria.get(0).support(1)).containsExactly(defect);
  }

  @Test
  void degenerateGamesTerminateWithEquilibria() {
    // Column 0 is a best response to row 0 twice over; row 1 is constant.
    NormalFormGame game = bimatrix(new double[][] {{1, 1, 0}, {1, 1, 1}}, new double[][] {{2, 2, 1}, {0, 1, 1}});
    NormalFormGame constant = bimatrix(new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, 0}, {0, 0}});
    for (NormalFormGame g : List.of(game, constant)) {
      for (int label = 1; label <= g.strategyCount(0) + g.strategyCount(1); label++) {
        ExactMixedProfile equilibrium = solver.solve(g, label);
        assertThat(ProfileMeasures.isNashEquilibrium(g, equilibrium)).as("label %d: %s", label, equilibrium).isTrue();
        assertThat(solver.solveDouble(g, label).isCloseTo(equilibrium.toDouble(), 1e-9)).isTrue();
      }
    }
  }

  @Test
  void exactAndDoubleModesAgreeOnRandomGames() {
    for (long seed = 1; seed <= 20; seed++) {
      NormalFormGame game = BimatrixGames.random(2 + (int) (seed % 5), 2 + (int) (seed % 4), 100, seed);
      for (int label = 1; label <= game.strategyCount(0) + game.strategyCount(1); label++) {
        ExactMixedProfile exact = solver.solve(game, label);
        MixedProfile approximate = solver.solveDouble(game, label);
        assertThat(ProfileMeasures.isNashEquilibrium(game, exact)).isTrue();
        assertThat(approximate.isCloseTo(exact.toDouble(), 1e-9)).as("seed %d label %d", seed, label).isTrue();
      }
      assertThat(solver.solveAllLabelsDouble(game)).hasSameSizeAs(solver.solveAllLabels(game));
    }
  }

  @Test
  void rejectsOtherPlayerCountsAndLabels() {
    NormalFormGame threePlayers = NormalFormGame.of(GameParameters.none("three"), "", new String[] {"a", "b", "c"},
        new String[][] {{"x"}, {"x"}, {"x"}}, new double[] {0, 0, 0});
    assertThatThrownBy(() -> solver.solveAllLabels(threePlayers)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 players");
    assertThatThrownBy(() -> solver.solve(zoo("matching_pennies"), 5)).hasMessageContaining("label 5");
  }
}
