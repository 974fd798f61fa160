package org.agora.evaluation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agora.testkit.SeededCase;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EloTest {

  private final Elo elo = Elo.standard();

  @Test
  void aWinLossAndDrawMoveTheRatingsAsComputedByHand() {
    // E_A = 1 / (1 + 10^((1400 - 1600)/400)) = 1 / (1 + 10^-0.5) = 1 / 1.316227766 = 0.7597469266
    // win:  1600 + 32 (1 - 0.7597469266)   = 1600 + 7.6880983473
    // loss: 1600 + 32 (0 - 0.7597469266)   = 1600 - 24.3119016527
    // draw: 1600 + 32 (0.5 - 0.7597469266) = 1600 - 8.3119016527
    EloRating strong = new EloRating(1600);
    EloRating weak = new EloRating(1400);
    assertThat(elo.expectedScore(strong, weak)).isCloseTo(0.7597469266, within(1e-10));
    assertThat(elo.expectedScore(weak, strong)).isCloseTo(1 - 0.7597469266, within(1e-10));
    assertThat(elo.update(strong, weak, 1).rating()).isCloseTo(1607.6880983473, within(1e-9));
    assertThat(elo.update(strong, weak, 0).rating()).isCloseTo(1575.6880983473, within(1e-9));
    assertThat(elo.update(strong, weak, 0.5).rating()).isCloseTo(1591.6880983473, within(1e-9));
    assertThat(elo.update(weak, strong, 0).rating()).isCloseTo(1392.3119016527, within(1e-9));
    assertThat(elo.withKFactor(16).change(strong, weak, 1)).isCloseTo(3.8440491737, within(1e-9));
    assertThat(elo.expectedScore(new EloRating(1500), new EloRating(1500))).isEqualTo(0.5);
  }

  @Test
  void theLeaderboardRatesBothSeatsFromTheRatingsBeforeTheGame() {
    EloLeaderboard board = new EloLeaderboard(elo);
    board.record(MatchOutcome.of("a", "b", 1, -1));
    // equal ratings: E = 0.5, so the winner gains 16 and the loser drops 16
    assertThat(board.rating("a")).contains(new EloRating(1516));
    assertThat(board.rating("b")).contains(new EloRating(1484));
    board.record(MatchOutcome.of("b", "a", 0, 0));
    // draw: a expected 1/(1 + 10^(-32/400)) = 1/1.8317638 = 0.5459219, so a loses 32 * 0.0459219 = 1.46950
    double drop = 32 * (1 / (1 + Math.pow(10, -32.0 / 400)) - 0.5);
    assertThat(board.rating("a").orElseThrow().rating()).isCloseTo(1516 - drop, within(1e-9));
    assertThat(drop).isCloseTo(1.46950, within(1e-5));
    assertThat(board.standings()).extracting(RatedAgent::agent).containsExactly("a", "b");
    assertThat(board.standings()).extracting(RatedAgent::matches).containsExactly(2L, 2L);
    assertThat(board.rating("nobody")).isEmpty();
  }

  @Test
  void selfPlayChangesNothingAndIsNotCounted() {
    EloLeaderboard board = new EloLeaderboard(elo);
    board.record(MatchOutcome.of("a", "a", 1, 0));
    assertThat(board.standings()).isEmpty();
  }

  @Test
  void aThreeSeatMatchIsAGameBetweenEveryPair() {
    EloLeaderboard board = new EloLeaderboard(elo);
    board.record(new MatchOutcome(List.of("a", "b", "c"), new double[] {3, 2, 1}));
    // all at 1500: each game moves 16 points; a wins two, b wins one and loses one, c loses two
    assertThat(board.rating("a")).contains(new EloRating(1532));
    assertThat(board.rating("b")).contains(new EloRating(1500));
    assertThat(board.rating("c")).contains(new EloRating(1468));
  }

  @Test
  void badParametersAndScoresAreRefused() {
    assertThatThrownBy(() -> new Elo(0, 400, 1500)).hasMessage("the Elo K-factor must be positive and finite, got 0.0");
    assertThatThrownBy(() -> new Elo(32, Double.NaN, 1500)).hasMessage(
        "the Elo scale must be positive and finite, got NaN");
    assertThatThrownBy(() -> elo.change(elo.initial(), elo.initial(), 1.5)).hasMessage(
        "an Elo score must be in [0, 1] (1 win, 0.5 draw, 0 loss), got 1.5");
    assertThatThrownBy(() -> new EloRating(Double.POSITIVE_INFINITY)).hasMessage(
        "an Elo rating must be finite, got Infinity");
  }

  static Stream<SeededCase> streams() {
    return SeededCases.of(1978, 60);
  }

  /** Random matches between random agents, 2 to 4 seats, integer returns (ties likely). */
  static List<MatchOutcome> randomMatches(SeededCase one, int agents, int count) {
    List<MatchOutcome> matches = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      int seats = one.random().nextInt(2, 5);
      List<String> names = new ArrayList<>();
      double[] returns = new double[seats];
      for (int s = 0; s < seats; s++) {
        names.add("agent" + one.random().nextInt(agents));
        returns[s] = one.random().nextInt(-2, 3);
      }
      matches.add(new MatchOutcome(names, returns));
    }
    return matches;
  }

  @ParameterizedTest
  @MethodSource("streams")
  void everyMatchIsZeroSum(SeededCase one) {
    Elo system = new Elo(one.intBetween(1, 64), 400, 1500);
    EloLeaderboard board = new EloLeaderboard(system);
    for (MatchOutcome match : randomMatches(one, one.intBetween(2, 8), 50)) {
      double before = total(board, match);
      board.record(match);
      assertThat(total(board, match)).as("%s", match).isCloseTo(before, within(1e-9));
    }
    double sum = board.standings().stream().mapToDouble(RatedAgent::score).sum();
    assertThat(sum).isCloseTo(1500.0 * board.standings().size(), within(1e-8));
  }

  private static double total(EloLeaderboard board, MatchOutcome match) {
    return match.agents().stream().distinct()
        .mapToDouble(agent -> board.rating(agent).orElse(board.system().initial()).rating()).sum();
  }

  @ParameterizedTest
  @MethodSource("streams")
  void aWinNeverLowersAndALossNeverRaisesARating(SeededCase one) {
    EloRating player = new EloRating(one.random().nextDouble(0, 3000));
    EloRating opponent = new EloRating(one.random().nextDouble(0, 3000));
    assertThat(elo.update(player, opponent, 1).rating()).isGreaterThan(player.rating());
    assertThat(elo.update(player, opponent, 0).rating()).isLessThan(player.rating());
    assertThat(elo.expectedScore(player, opponent) + elo.expectedScore(opponent, player))
        .isCloseTo(1, within(1e-12));
  }
}
