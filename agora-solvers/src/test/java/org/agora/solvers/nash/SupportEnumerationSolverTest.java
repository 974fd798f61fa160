package org.agora.solvers.nash;

import static org.agora.solvers.nash.PureNashSolverTest.game;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.io.GambitFormats;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SupportEnumerationSolverTest {

  /** The shared Gambit corpus (see GambitCorpusLocation); a path that does not exist when it is absent. */
  static final Path CORPUS = org.agora.testkit.GambitCorpusLocation.find().orElse(Path.of("no-gambit-corpus"));

  private final SupportEnumerationSolver solver = new SupportEnumerationSolver();
  private final SupportEnumerationSolver degenerate = new SupportEnumerationSolver(true);

  private static List<String> lines(List<ExactMixedProfile> equilibria) {
    return equilibria.stream().map(ExactMixedProfile::toGambitLine).toList();
  }

  @Test
  void battleOfTheSexes() {
    // Row: opera 3 / football 2 when they meet; column: opera 2 / football 3. The row player mixes
    // to make the column player indifferent: 2p = 3(1-p), p = 3/5; the column player: 3q = 2(1-q).
    assertThat(lines(solver.solve(game("battle_of_the_sexes"))))
        .containsExactly("NE,1,0,1,0", "NE,0,1,0,1", "NE,3/5,2/5,2/5,3/5");
  }

  @Test
  void stagHuntAndChicken() {
    // Stag hunt: stag pays 4q, hare 3, so q = 3/4. Chicken: swerve -q, straight 1 - 11q, so q = 1/10.
    assertThat(lines(solver.solve(game("stag_hunt")))).containsExactly("NE,1,0,1,0", "NE,0,1,0,1", "NE,3/4,1/4,3/4,1/4");
    assertThat(lines(solver.solve(game("chicken")))).containsExactly("NE,1,0,0,1", "NE,0,1,1,0", "NE,9/10,1/10,9/10,1/10");
  }

  @Test
  void uniqueMixedEquilibria() {
    assertThat(lines(solver.solve(game("matching_pennies")))).containsExactly("NE,1/2,1/2,1/2,1/2");
    assertThat(lines(solver.solve(game("rock_paper_scissors")))).containsExactly("NE,1/3,1/3,1/3,1/3,1/3,1/3");
    assertThat(lines(solver.solve(game("shapleys_game")))).containsExactly("NE,1/3,1/3,1/3,1/3,1/3,1/3");
    assertThat(lines(solver.solve(game("biased_rock_paper_scissors"))))
        .containsExactly("NE,1/16,5/8,5/16,1/16,5/8,5/16");
    assertThat(lines(degenerate.solve(game("shapleys_game")))).containsExactly("NE,1/3,1/3,1/3,1/3,1/3,1/3");
  }

  @Test
  void dilemmas() {
    assertThat(lines(solver.solve(game("prisoners_dilemma")))).containsExactly("NE,0,1,0,1");
    NormalFormGame travelers = game("travelers_dilemma(min_claim=2,max_claim=8,bonus=2)");
    assertThat(lines(solver.solve(travelers))).containsExactly("NE,1,0,0,0,0,0,0,1,0,0,0,0,0,0");
    assertThat(lines(degenerate.solve(travelers))).containsExactly("NE,1,0,0,0,0,0,0,1,0,0,0,0,0,0");
  }

  @Test
  void degenerateGameHasFourExtremeEquilibria() {
    // The row player is indifferent everywhere; the column player matches the row. Equal-size
    // supports find only the two pure matches; the degenerate search also finds x = (1/2, 1/2)
    // against either pure column.
    NormalFormGame game = NormalFormGame.bimatrix(GameParameters.none("degenerate"), new String[] {"a", "b"},
        new String[] {"a", "b"}, new double[][] {{1, 1}, {1, 1}}, new double[][] {{1, 0}, {0, 1}});
    assertThat(lines(solver.solve(game))).containsExactly("NE,1,0,1,0", "NE,0,1,0,1");
    assertThat(lines(degenerate.solve(game)))
        .containsExactly("NE,1,0,1,0", "NE,0,1,0,1", "NE,1/2,1/2,1,0", "NE,1/2,1/2,0,1");
    assertThat(degenerate.solveDouble(game)).hasSize(4);
  }

  @Test
  void rejectsOtherPlayerCounts() {
    assertThatThrownBy(() -> solver.solve(game("blotto(players=3,soldiers=3,fields=2)")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 players");
  }

  @Test
  void exactAndDoubleAgree() {
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 20; trial++) {
      NormalFormGame game = randomGame(random, 2 + random.nextInt(4), 2 + random.nextInt(4), 1000);
      List<ExactMixedProfile> exact = solver.solve(game);
      List<MixedProfile> approximate = solver.solveDouble(game);
      assertThat(approximate).hasSameSizeAs(exact);
      for (int k = 0; k < exact.size(); k++) {
        assertThat(approximate.get(k).isCloseTo(exact.get(k).toDouble(), 1e-9)).isTrue();
        assertThat(ProfileMeasures.isNashEquilibrium(game, exact.get(k))).isTrue();
      }
      // A nondegenerate game has an odd number of equilibria.
      assertThat(exact.size() % 2).isEqualTo(1);
    }
  }

  @Test
  void prefilterChangesNothing() {
    SupportEnumerationSolver exactOnly = new SupportEnumerationSolver(false, false);
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 10; trial++) {
      NormalFormGame game = randomGame(random, 4 + random.nextInt(4), 4 + random.nextInt(4), 100_000);
      assertThat(solver.solve(game)).containsExactlyElementsOf(exactOnly.solve(game));
    }
    NormalFormGame small = randomGame(random, 5, 5, 3);
    assertThat(new SupportEnumerationSolver(true).solve(small))
        .containsExactlyElementsOf(new SupportEnumerationSolver(true, false).solve(small));
  }

  @Test
  void vonStengelsGameHas75Equilibria() throws IOException {
    Path file = CORPUS.resolve("catalog/journals/dcg/vonstengel1999/6x6_game_with_75_eq.nfg");
    Assumptions.assumeTrue(Files.isReadable(file), "corpus absent");
    NormalFormGame game = (NormalFormGame) GambitFormats.read(file);
    List<ExactMixedProfile> equilibria = solver.solve(game);
    assertThat(equilibria).hasSize(75).doesNotHaveDuplicates();
    assertThat(equilibria).allMatch(profile -> ProfileMeasures.isNashEquilibrium(game, profile));
    assertThat(solver.solveDouble(game)).hasSize(75);
    assertThat(degenerate.solve(game)).containsExactlyInAnyOrderElementsOf(equilibria);
    assertThat(new SupportEnumerationSolver(false, false).solve(game)).containsExactlyElementsOf(equilibria);
  }

  @Test
  void corpusTwoPlayerGamesGiveExactEquilibria() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "corpus absent");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      files = walk.filter(path -> path.toString().endsWith(".nfg")).sorted().toList();
    }
    int checked = 0;
    for (Path file : files) {
      Game read;
      try {
        read = GambitFormats.read(file);
      } catch (RuntimeException | IOException unreadable) {
        continue;
      }
      if (!(read instanceof NormalFormGame game) || game.playerCount() != 2
          || game.strategyCount(0) > 8 || game.strategyCount(1) > 8) {
        continue;
      }
      List<ExactMixedProfile> equalSize = solver.solve(game);
      List<ExactMixedProfile> extreme = degenerate.solve(game);
      assertThat(extreme).as(file.toString()).isNotEmpty().containsAll(equalSize);
      for (ExactMixedProfile profile : extreme) {
        assertThat(ProfileMeasures.isNashEquilibrium(game, profile)).as(file + " " + profile).isTrue();
      }
      checked++;
    }
    assertThat(checked).isPositive();
  }

  static NormalFormGame randomGame(SplittableRandom random, int rows, int columns, int bound) {
    double[][] row = new double[rows][columns];
    double[][] column = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        row[i][j] = random.nextInt(bound);
        column[i][j] = random.nextInt(bound);
      }
    }
    String[] rowNames = new String[rows];
    String[] columnNames = new String[columns];
    java.util.Arrays.setAll(rowNames, i -> "r" + i);
    java.util.Arrays.setAll(columnNames, j -> "c" + j);
    return NormalFormGame.bimatrix(GameParameters.none("random"), rowNames, columnNames, row, column);
  }
}
