package org.agora.evaluation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.agora.testkit.SeededCase;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Glicko2Test {

  private static final Glicko2 SYSTEM = Glicko2.standard();
  private static final Glicko2Rating PLAYER = new Glicko2Rating(1500, 200, 0.06);
  private static final List<Glicko2Game> EXAMPLE = List.of(
      new Glicko2Game(new Glicko2Rating(1400, 30, 0.06), 1),
      new Glicko2Game(new Glicko2Rating(1550, 100, 0.06), 0),
      new Glicko2Game(new Glicko2Rating(1700, 300, 0.06), 0));

  @Test
  void glickmansWorkedExampleGivesHisNumbers() {
    // M. E. Glickman, "Example of the Glicko-2 system": tau = 0.5, player 1500/200/0.06 beats
    // 1400/30 and loses to 1550/100 and 1700/300. The document (which rounds every step to four
    // places) gives g = 0.9955, 0.9531, 0.7242; E = 0.639, 0.432, 0.303; v = 1.7785;
    // Delta = -0.4834; sigma' = 0.05999; phi' = 0.8722; mu' = -0.2069; r' = 1464.06, RD' = 151.52.
    // Unrounded, the same steps give r' = 1464.0507, RD' = 151.5165, sigma' = 0.0599960.
    assertThat(Glicko2.g(30 / Glicko2.SCALE)).isCloseTo(0.9955, within(5e-5));
    assertThat(Glicko2.g(100 / Glicko2.SCALE)).isCloseTo(0.9531, within(5e-5));
    assertThat(Glicko2.g(300 / Glicko2.SCALE)).isCloseTo(0.7242, within(5e-5));
    Glicko2Rating rated = SYSTEM.update(PLAYER, EXAMPLE);
    assertThat(rated.rating()).isCloseTo(1464.06, within(0.01));
    assertThat(rated.deviation()).isCloseTo(151.52, within(0.01));
    assertThat(rated.volatility()).isCloseTo(0.05999, within(0.00001));
    assertThat(rated.rating()).isCloseTo(1464.0507, within(1e-4));
    assertThat(rated.deviation()).isCloseTo(151.5165, within(1e-4));
    assertThat(rated.volatility()).isCloseTo(0.0599960, within(1e-7));
    assertThat((rated.rating() - 1500) / Glicko2.SCALE).isCloseTo(-0.2069, within(5e-5));
    assertThat(rated.deviation() / Glicko2.SCALE).isCloseTo(0.8722, within(5e-5));
  }

  @Test
  void aPlayerWithoutGamesKeepsRatingAndVolatilityAndGainsDeviation() {
    // phi = 200/173.7178 = 1.1512925; sqrt(phi^2 + 0.06^2) = 1.1528548; times 173.7178 = 200.27142
    Glicko2Rating idle = SYSTEM.update(PLAYER, List.of());
    assertThat(idle.rating()).isEqualTo(1500);
    assertThat(idle.volatility()).isEqualTo(0.06);
    assertThat(idle.deviation()).isCloseTo(200.27142, within(1e-5));
  }

  @Test
  void theLeaderboardRatesAPeriodFromTheRatingsAtItsStart() {
    Glicko2Leaderboard board = new Glicko2Leaderboard(SYSTEM);
    board.record(MatchOutcome.of("a", "b", 1, 0));
    board.record(MatchOutcome.of("c", "a", 0.5, 0.5));
    assertThat(board.rating("a")).contains(Glicko2.UNRATED);
    assertThat(board.openPeriodMatches()).isEqualTo(2);
    board.endPeriod();
    Glicko2Rating unrated = Glicko2.UNRATED;
    Glicko2Rating expectedA = SYSTEM.update(unrated,
        List.of(new Glicko2Game(unrated, 1), new Glicko2Game(unrated, 0.5)));
    assertThat(board.rating("a")).contains(expectedA);
    assertThat(board.rating("b")).contains(SYSTEM.update(unrated, List.of(new Glicko2Game(unrated, 0))));
    assertThat(board.standings()).extracting(RatedAgent::agent).containsExactly("a", "c", "b");
    assertThat(board.openPeriodMatches()).isZero();
    assertThat(board.periods()).isEqualTo(1);

    board.record(MatchOutcome.of("b", "c", 1, 0));
    board.endPeriod();
    Glicko2Rating idle = board.rating("a").orElseThrow();
    assertThat(idle.rating()).isEqualTo(expectedA.rating());
    assertThat(idle.deviation()).isGreaterThan(expectedA.deviation());
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> SYSTEM.withTau(0)).hasMessage(
        "the Glicko-2 system constant tau must be positive and finite, got 0.0");
    assertThatThrownBy(() -> new Glicko2Rating(1500, -1, 0.06)).hasMessage(
        "a Glicko-2 rating deviation must be positive and finite, got -1.0");
    assertThatThrownBy(() -> new Glicko2Game(PLAYER, -0.5)).hasMessage(
        "a Glicko-2 score must be in [0, 1] (1 win, 0.5 draw, 0 loss), got -0.5");
  }

  static Stream<SeededCase> periods() {
    return SeededCases.of(2012, 60);
  }

  @ParameterizedTest
  @MethodSource("periods")
  void aPeriodsRatingsDoNotDependOnTheOrderOfItsMatches(SeededCase one) {
    List<MatchOutcome> matches = EloTest.randomMatches(one, one.intBetween(2, 7), one.intBetween(1, 40));
    List<MatchOutcome> shuffled = new ArrayList<>(matches);
    Collections.shuffle(shuffled, new Random(one.seed()));
    assertThat(ratingsAfterTwoPeriods(shuffled, matches)).isEqualTo(ratingsAfterTwoPeriods(matches, matches));
  }

  private static Map<String, Glicko2Rating> ratingsAfterTwoPeriods(List<MatchOutcome> first,
      List<MatchOutcome> second) {
    Glicko2Leaderboard board = new Glicko2Leaderboard(SYSTEM.withTau(0.7));
    board.recordAll(first);
    board.endPeriod();
    board.recordAll(second);
    board.endPeriod();
    Map<String, Glicko2Rating> ratings = new TreeMap<>();
    board.standings().forEach(row -> ratings.put(row.agent(), row.rating()));
    return ratings;
  }

  @ParameterizedTest
  @MethodSource("periods")
  void aWinRaisesALossLowersAndAnyGameShrinksTheDeviation(SeededCase one) {
    Glicko2Rating player = randomRating(one);
    Glicko2Rating opponent = randomRating(one);
    Glicko2Rating won = SYSTEM.update(player, List.of(new Glicko2Game(opponent, 1)));
    Glicko2Rating lost = SYSTEM.update(player, List.of(new Glicko2Game(opponent, 0)));
    assertThat(won.rating()).isGreaterThan(player.rating());
    assertThat(lost.rating()).isLessThan(player.rating());
    double idle = SYSTEM.update(player, List.of()).deviation();
    assertThat(won.deviation()).isLessThan(idle);
    assertThat(lost.deviation()).isLessThan(idle);
    assertThat(won.volatility()).isPositive().isFinite();
  }

  private static Glicko2Rating randomRating(SeededCase one) {
    return new Glicko2Rating(one.random().nextDouble(800, 2600), one.random().nextDouble(30, 350),
        one.random().nextDouble(0.03, 0.1));
  }
}
