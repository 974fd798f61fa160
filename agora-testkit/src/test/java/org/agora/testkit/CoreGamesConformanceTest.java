package org.agora.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import java.util.stream.Stream;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameRegistry;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.transform.RepeatedGame;
import org.agora.core.transform.TurnBasedGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The games and transforms of agora-core pass the conformance suite. */
class CoreGamesConformanceTest {

  private static final String[] TWO = {"a", "b"};

  static NormalFormGame matchingPennies() {
    return TestkitGameProviders.matchingPennies(GameParameters.none("matching_pennies"));
  }

  static NormalFormGame rockPaperScissors() {
    String[] moves = {"rock", "paper", "scissors"};
    double[][] row = {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}};
    double[][] column = {{0, 1, -1}, {-1, 0, 1}, {1, -1, 0}};
    return NormalFormGame.bimatrix(GameParameters.none("rock_paper_scissors"), moves, moves, row, column);
  }

  static NormalFormGame prisonersDilemma() {
    return NormalFormGame.bimatrix(GameParameters.none("prisoners_dilemma"), new String[] {"cooperate", "defect"},
        new String[] {"cooperate", "defect"}, new double[][] {{3, 0}, {5, 1}}, new double[][] {{3, 5}, {0, 1}});
  }

  static NormalFormGame constantSum() {
    return NormalFormGame.bimatrix(GameParameters.none("constant_sum"), TWO, TWO,
        new double[][] {{0.25, 0.75}, {1, 0}}, new double[][] {{0.75, 0.25}, {0, 1}});
  }

  static NormalFormGame coordination() {
    return NormalFormGame.bimatrix(GameParameters.none("coordination"), TWO, TWO,
        new double[][] {{2, 0}, {0, 1}}, new double[][] {{2, 0}, {0, 1}});
  }

  static NormalFormGame threePlayers() {
    String[][] strategies = {{"x", "y"}, {"p", "q", "r"}, {"u", "v"}};
    double[] payoffs = new double[3 * 12];
    for (int i = 0; i < payoffs.length; i++) {
      payoffs[i] = (i * 7 % 11) - 5;
    }
    return NormalFormGame.of(GameParameters.none("three_players"), "", new String[] {"p0", "p1", "p2"}, strategies,
        payoffs);
  }

  static NormalFormGame exactThirds() {
    Rational third = Rational.of(1, 3);
    Rational[] payoffs = {third, Rational.ZERO, Rational.ONE, third.negate(), third.negate(), Rational.ZERO,
        Rational.ONE.negate(), third};
    return NormalFormGame.exact(GameParameters.none("exact_thirds"), "", new String[] {"row", "column"},
        new String[][] {TWO, TWO}, payoffs);
  }

  static NormalFormGame solitaire() {
    return NormalFormGame.of(GameParameters.none("solitaire"), "", new String[] {"alone"},
        new String[][] {{"left", "middle", "right"}}, new double[] {1, 2, 3});
  }

  static Stream<Arguments> gamesBuiltInCode() {
    return Stream.of(
        matchingPennies(), rockPaperScissors(), prisonersDilemma(), constantSum(), coordination(), threePlayers(),
        exactThirds(), solitaire(),
        new TurnBasedGame(matchingPennies()), new TurnBasedGame(threePlayers()), new TurnBasedGame(exactThirds()),
        new RepeatedGame(matchingPennies(), 5, 2, 1.0), new RepeatedGame(rockPaperScissors(), 4, 1, 0.6),
        new RepeatedGame(prisonersDilemma(), 3, 3, 0.0), new RepeatedGame(threePlayers(), 3, 1, 0.5),
        new RepeatedGame(constantSum(), 3, 2, 1.0), new RepeatedGame(constantSum(), 3, 2, 0.9),
        new RepeatedGame(coordination(), 6, 6, 0.75), new RepeatedGame(solitaire(), 4, 2, 1.0),
        new TurnBasedGame(new RepeatedGame(matchingPennies(), 4, 2, 0.5)),
        new RepeatedGame(new RepeatedGame(matchingPennies(), 1, 1, 1.0), 3, 1, 1.0))
        .map(game -> Arguments.of(named(game.name(), game)));
  }

  @ParameterizedTest
  @MethodSource("gamesBuiltInCode")
  void gamesBuiltInCodeConform(Game game) {
    GameConformance.assertConforms(game);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "testkit_matching_pennies",
      "repeated(stage=testkit_matching_pennies,rounds=4,recall=2)",
      "repeated(stage=testkit_matching_pennies,rounds=3,continuation=0.0)",
      "turn_based(game=testkit_matching_pennies)",
      "turn_based(game=repeated(stage=testkit_matching_pennies,rounds=3,continuation=0.5))"})
  void registeredGamesConform(String gameString) {
    GameConformance.assertConforms(GameRegistry.create(gameString));
  }

  @Test
  void aThousandRoundRepeatedGameConformsWithFewerPlayouts() {
    Game game = new RepeatedGame(prisonersDilemma(), 1000, 2, 1.0);
    ConformanceReport report = GameConformance.check(game, ConformanceOptions.defaults().withPlayouts(20));
    assertThat(report.violations()).isEmpty();
    // every state of every playout; the tree is far above the enumeration limit, so it is not walked
    assertThat(report.statesChecked()).isEqualTo(20 * 1001);
  }
}
