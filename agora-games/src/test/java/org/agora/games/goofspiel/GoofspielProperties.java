package org.agora.games.goofspiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.RandomPlayout;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.agora.games.goofspiel.GoofspielGame.PointsOrder;
import org.agora.games.goofspiel.GoofspielGame.ReturnsType;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class GoofspielProperties {

  @TestFactory
  Stream<DynamicTest> everyCardIsPlayedOnceAndReturnsFollowThePoints() {
    return SeededCases.tests(1950, 300, one -> everyCardIsPlayedOnceAndReturnsFollowThePoints(one.intBetween(1, 8),
        one.oneOf(PointsOrder.class), one.oneOf(ReturnsType.class), one.nextBoolean(), one.intBetween(2, 4),
        one.nextLong()));
  }

  private void everyCardIsPlayedOnceAndReturnsFollowThePoints(int cards, PointsOrder order, ReturnsType returnsType,
      boolean imperfect, int players, long seed) {
    GoofspielGame game = new GoofspielGame(cards, order, returnsType, imperfect, players);
    State state = game.newInitialState();
    int moves = new RandomPlayout(game).finish(state, new SplittableRandom(seed));
    assertThat(moves).isEqualTo(game.maxGameLength());
    int[] history = state.history();
    int stride = players + (order == PointsOrder.RANDOM ? 1 : 0);
    assertThat(history).hasSize(cards * stride);
    int[] seenCards = new int[players];
    int prizesSeen = 0;
    int awarded = 0;
    for (int turn = 0; turn < cards; turn++) {
      int offset = turn * stride + stride - players;
      int prize = order == PointsOrder.RANDOM ? history[turn * stride] + 1
          : order == PointsOrder.DESCENDING ? cards - turn : turn + 1;
      prizesSeen |= 1 << (prize - 1);
      int best = -1;
      int count = 0;
      for (int p = 0; p < players; p++) {
        int bid = history[offset + p];
        assertThat(seenCards[p] & (1 << bid)).isZero();
        seenCards[p] |= 1 << bid;
        if (bid > best) {
          best = bid;
          count = 1;
        } else if (bid == best) {
          count++;
        }
      }
      awarded += count == 1 ? prize : 0;
    }
    int full = (1 << cards) - 1;
    assertThat(prizesSeen).isEqualTo(full);
    assertThat(seenCards).containsOnly(full);
    GoofspielState goofspiel = (GoofspielState) state;
    double sumOfReturns = 0;
    int sumOfPoints = 0;
    for (int p = 0; p < players; p++) {
      double value = state.returns(p);
      assertThat(value).isBetween(game.minUtility(), game.maxUtility());
      sumOfReturns += value;
      sumOfPoints += goofspiel.points(p);
      if (returnsType == ReturnsType.TOTAL_POINTS) {
        assertThat(value).isEqualTo(goofspiel.points(p));
      }
    }
    assertThat(sumOfPoints).isEqualTo(awarded);
    assertThat(sumOfReturns).isCloseTo(returnsType == ReturnsType.TOTAL_POINTS ? awarded : 0.0, within(1e-9));
    State replayed = StateSerializer.replay(game, history);
    for (int p = 0; p < players; p++) {
      assertThat(replayed.informationStateKey(p)).isEqualTo(state.informationStateKey(p));
      assertThat(replayed.returns(p)).isEqualTo(state.returns(p));
    }
  }
}
