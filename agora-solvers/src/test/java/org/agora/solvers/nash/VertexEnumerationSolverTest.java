package org.agora.solvers.nash;

import static org.agora.solvers.nash.BimatrixGames.bimatrix;
import static org.agora.solvers.nash.BimatrixGames.profile;
import static org.agora.solvers.nash.BimatrixGames.zoo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.io.GambitFormats;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.api.Test;

class VertexEnumerationSolverTest {

  private final VertexEnumerationSolver solver = new VertexEnumerationSolver();

  @Test
  void uniqueUniformEquilibria() {
    assertThat(solver.extremeEquilibria(zoo("matching_pennies"))).containsExactly(profile(2, "1/2", "1/2", "1/2", "1/2"));
    ExactMixedProfile uniform3 = profile(3, "1/3", "1/3", "1/3", "1/3", "1/3", "1/3");
    assertThat(solver.extremeEquilibria(zoo("rock_paper_scissors"))).containsExactly(uniform3);
    assertThat(solver.extremeEquilibria(zoo("shapleys_game"))).containsExactly(uniform3);
  }

  @Test
  void battleOfTheSexesHasTwoPureAndOneMixedEquilibrium() {
    // Row (3,0;0,2), column (2,0;0,3): the row player mixes 3/5 opera so the column player is
    // indifferent (2x = 3(1-x)); the column player mixes 2/5 opera (3y = 2(1-y)).
    assertThat(solver.extremeEquilibria(zoo("battle_of_the_sexes"))).containsExactly(
        profile(2, "0", "1", "0", "1"), profile(2, "3/5", "2/5", "2/5", "3/5"), profile(2, "1", "0", "1", "0"));
  }

  @Test
  void stagHuntHasTwoStrictAndOneMixedEquilibrium() {
    // Stag pays 4 against stag, 0 against hare; hare pays 3: indifferent when stag is played 3/4.
    assertThat(solver.extremeEquilibria(zoo("stag_hunt"))).containsExactlyInAnyOrder(
        profile(2, "1", "0", "1", "0"), profile(2, "0", "1", "0", "1"), profile(2, "3/4", "1/4", "3/4", "1/4"));
  }

  @Test
  void prisonersDilemmaHasOnlyMutualDefection() {
    NormalFormGame game = zoo("prisoners_dilemma");
    List<ExactMixedProfile> equilibria = solver.extremeEquilibria(game);
    assertThat(equilibria).hasSize(1);
    int cooperate = game.strategyName(0, 0).toLowerCase().startsWith("cooperate") ? 0 : 1;
    assertThat(equilibria.get(0).support(0)).containsExactly(1 - cooperate);
    assertThat(equilibria.get(0).support(1)).containsExactly(1 - cooperate);
  }

  @Test
  void degenerateGameWithTwoBestResponsesToAPureStrategy() {
    // von Stengel (2002), section 2.6: both columns answer the top row, so (top, y) is an
    // equilibrium for y from (1,0) to (2/3,1/3); plus ((0,1/3,2/3),(1/3,2/3)).
    NormalFormGame game = bimatrix(new double[][] {{3, 3}, {2, 5}, {0, 6}}, new double[][] {{3, 3}, {2, 6}, {3, 1}});
    assertThat(solver.extremeEquilibria(game)).containsExactly(
        profile(3, "0", "1/3", "2/3", "1/3", "2/3"), profile(3, "1", "0", "0", "2/3", "1/3"), profile(3, "1", "0", "0", "1", "0"));
    assertThat(solver.maximalNashSubsets(game)).containsExactly(
        new NashClique(List.of(rationals("0", "1/3", "2/3")), List.of(rationals("1/3", "2/3"))),
        new NashClique(List.of(rationals("1", "0", "0")), List.of(rationals("2/3", "1/3"), rationals("1", "0"))));
    for (ExactMixedProfile equilibrium : new LemkeHowsonSolver().solveAllLabels(game)) {
      assertThat(solver.extremeEquilibria(game)).contains(equilibrium);
    }
  }

  @Test
  void continuumOfEquilibriaIsDescribedByCliques() {
    // The row player is indifferent everywhere; the column player matches the row player.
    NormalFormGame game = bimatrix(new double[][] {{0, 0}, {0, 0}}, new double[][] {{1, 0}, {0, 1}});
    assertThat(solver.extremeEquilibria(game)).containsExactly(
        profile(2, "0", "1", "0", "1"), profile(2, "1/2", "1/2", "0", "1"), profile(2, "1/2", "1/2", "1", "0"),
        profile(2, "1", "0", "1", "0"));
    assertThat(solver.maximalNashSubsets(game)).containsExactlyInAnyOrder(
        new NashClique(List.of(rationals("0", "1"), rationals("1/2", "1/2")), List.of(rationals("0", "1"))),
        new NashClique(List.of(rationals("1/2", "1/2"), rationals("1", "0")), List.of(rationals("1", "0"))),
        new NashClique(List.of(rationals("1/2", "1/2")), List.of(rationals("0", "1"), rationals("1", "0"))));
    // A dominant row against an indifferent column player: one segment.
    NormalFormGame segment = bimatrix(new double[][] {{1, 1}, {0, 0}}, new double[][] {{1, 1}, {0, 0}});
    assertThat(solver.maximalNashSubsets(segment)).containsExactly(
        new NashClique(List.of(rationals("1", "0")), List.of(rationals("0", "1"), rationals("1", "0"))));
  }

  @Test
  void vonStengelsSixBySixGameHasSeventyFiveEquilibria() throws IOException {
    assumeThat(Files.exists(BimatrixGames.SEVENTY_FIVE)).as("shared corpus present").isTrue();
    NormalFormGame game = (NormalFormGame) GambitFormats.read(BimatrixGames.SEVENTY_FIVE);
    List<ExactMixedProfile> equilibria = solver.extremeEquilibria(game);
    assertThat(equilibria).hasSize(75).doesNotHaveDuplicates();
    assertThat(equilibria).allMatch(profile -> ProfileMeasures.isNashEquilibrium(game, profile));
    assertThat(equilibria).containsAll(new LemkeHowsonSolver().solveAllLabels(game));
  }

  @Test
  void everyTwoPlayerCorpusGameGetsOnlyExactEquilibria() throws IOException {
    List<Path> files = BimatrixGames.corpusNfgFiles();
    assumeThat(files).as("shared corpus present").isNotEmpty();
    int solved = 0;
    for (Path file : files) {
      NormalFormGame game = BimatrixGames.readTwoPlayer(file, 12);
      if (game == null) {
        continue;
      }
      List<ExactMixedProfile> equilibria = solver.extremeEquilibria(game);
      assertThat(equilibria).as(file.toString()).isNotEmpty()
          .allMatch(profile -> ProfileMeasures.isNashEquilibrium(game, profile));
      assertThat(new LemkeHowsonSolver().solveAllLabels(game)).as(file.toString())
          .allMatch(profile -> ProfileMeasures.isNashEquilibrium(game, profile));
      solved++;
    }
    assertThat(solved).isPositive();
  }

  private static List<Rational> rationals(String... values) {
    return java.util.Arrays.stream(values).map(Rational::parse).toList();
  }
}
