package org.agora.games.connectfour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.GameRegistry;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.agora.testkit.SeededCase;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class ConnectFourProperties {

  private static final List<String> GAMES = List.of(
        "connect_four",
        "connect_four(rows=4,columns=5,connect=3)",
        "connect_four(rows=3,columns=16,connect=3)",
        "connect_four(rows=15,columns=4,connect=4)",
        "connect_four(rows=7,columns=8,connect=5)",
        "connect_four(rows=2,columns=9,connect=2)");

  private static String games(SeededCase one) {
    return one.oneOf(GAMES);
  }

  /** Player with a line of {@code connect} stones, found cell by cell, or -1. */
  private static int naiveWinner(ConnectFourState state) {
    ConnectFourGame game = state.game();
    int[][] directions = {{0, 1}, {1, 0}, {1, 1}, {-1, 1}};
    for (int row = 0; row < game.rows(); row++) {
      for (int column = 0; column < game.columns(); column++) {
        int owner = state.stoneAt(row, column);
        if (owner < 0) {
          continue;
        }
        for (int[] direction : directions) {
          int length = 1;
          int r = row + direction[0];
          int c = column + direction[1];
          while (r >= 0 && r < game.rows() && c < game.columns() && state.stoneAt(r, c) == owner) {
            length++;
            r += direction[0];
            c += direction[1];
          }
          if (length >= game.connect()) {
            return owner;
          }
        }
      }
    }
    return -1;
  }

  @TestFactory
  Stream<DynamicTest> everyPositionAgreesWithACellByCellCheck() {
    return SeededCases.tests(20261124, 300, one -> everyPositionAgreesWithACellByCellCheck(games(one), one.nextLong()));
  }

  private void everyPositionAgreesWithACellByCellCheck(String gameString, long seed) {
    ConnectFourGame game = (ConnectFourGame) GameRegistry.create(gameString);
    SplittableRandom random = new SplittableRandom(seed);
    ConnectFourState state = game.newInitialState();
    int[] legal = new int[game.columns()];
    while (!state.isTerminal()) {
      assertThat(naiveWinner(state)).isEqualTo(-1);
      int count = state.legalActions(legal);
      int expected = 0;
      for (int column = 0; column < game.columns(); column++) {
        if (state.stoneAt(game.rows() - 1, column) < 0) {
          assertThat(legal[expected++]).isEqualTo(column);
        }
      }
      assertThat(count).isEqualTo(expected).isPositive();
      assertThat(state.currentPlayer()).isEqualTo(state.historyLength() % 2);
      state.apply(legal[random.nextInt(count)]);
    }
    int winner = naiveWinner(state);
    assertThat(state.winner()).isEqualTo(winner);
    if (winner < 0) {
      assertThat(state.historyLength()).isEqualTo(game.maxGameLength());
      assertThat(state.returns()).containsExactly(0.0, 0.0);
    } else {
      assertThat(winner).isEqualTo((state.historyLength() - 1) % 2);
      assertThat(state.returns(winner)).isEqualTo(1.0);
      assertThat(state.returns(1 - winner)).isEqualTo(-1.0);
    }
  }

  @TestFactory
  Stream<DynamicTest> replayingTheHistoryRestoresTheGrid() {
    return SeededCases.tests(20261124, 100, one -> replayingTheHistoryRestoresTheGrid(games(one), one.nextLong()));
  }

  private void replayingTheHistoryRestoresTheGrid(String gameString, long seed) {
    ConnectFourGame game = (ConnectFourGame) GameRegistry.create(gameString);
    State state = new org.agora.core.RandomPlayout(game).play(new SplittableRandom(seed));
    State restored = StateSerializer.deserialize(StateSerializer.serialize(state));
    assertThat(restored.observation(1)).isEqualTo(state.observation(1));
    assertThat(restored.returns()).containsExactly(state.returns());
  }
}
