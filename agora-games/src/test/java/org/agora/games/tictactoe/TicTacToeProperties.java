package org.agora.games.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.RandomPlayout;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class TicTacToeProperties {

  private final TicTacToeGame game = new TicTacToeGame();

  private static boolean hasLine(int marks) {
    for (int line : TicTacToeState.LINES) {
      if ((marks & line) == line) {
        return true;
      }
    }
    return false;
  }

  @TestFactory
  Stream<DynamicTest> randomGamesEndWithTheOutcomeTheBoardShows() {
    return SeededCases.tests(20261124, 300, one -> randomGamesEndWithTheOutcomeTheBoardShows(one.nextLong()));
  }

  private void randomGamesEndWithTheOutcomeTheBoardShows(long seed) {
    TicTacToeState state = game.newInitialState();
    int moves = new RandomPlayout(game).finish(state, new SplittableRandom(seed));
    assertThat(moves).isBetween(5, 9).isEqualTo(state.historyLength());
    boolean crossLine = hasLine(state.marks(0));
    boolean noughtLine = hasLine(state.marks(1));
    assertThat(crossLine && noughtLine).isFalse();
    assertThat(state.returns(0) + state.returns(1)).isZero();
    double expected = crossLine ? 1.0 : noughtLine ? -1.0 : 0.0;
    assertThat(state.returns(0)).isEqualTo(expected);
    if (!crossLine && !noughtLine) {
      assertThat(state.marks(0) | state.marks(1)).isEqualTo(0x1FF);
    }
  }

  @TestFactory
  Stream<DynamicTest> legalActionsAreTheEmptyCellsUntilTheEnd() {
    return SeededCases.tests(20261124, 300, one -> legalActionsAreTheEmptyCellsUntilTheEnd(one.nextLong()));
  }

  private void legalActionsAreTheEmptyCellsUntilTheEnd(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TicTacToeState state = game.newInitialState();
    int[] legal = new int[9];
    while (!state.isTerminal()) {
      int count = state.legalActions(legal);
      int occupied = state.marks(0) | state.marks(1);
      assertThat(count).isEqualTo(9 - Integer.bitCount(occupied));
      for (int i = 0; i < count; i++) {
        assertThat(occupied & (1 << legal[i])).isZero();
        if (i > 0) {
          assertThat(legal[i]).isGreaterThan(legal[i - 1]);
        }
      }
      assertThat(hasLine(state.marks(0)) || hasLine(state.marks(1))).isFalse();
      assertThat(state.currentPlayer()).isEqualTo(state.historyLength() % 2);
      state.apply(legal[random.nextInt(count)]);
    }
  }

  @TestFactory
  Stream<DynamicTest> replayingTheHistoryRestoresTheBoard() {
    return SeededCases.tests(20261124, 100, one -> replayingTheHistoryRestoresTheBoard(one.nextLong()));
  }

  private void replayingTheHistoryRestoresTheBoard(long seed) {
    State state = new RandomPlayout(game).play(new SplittableRandom(seed));
    State restored = StateSerializer.replay(game, state.history());
    assertThat(restored.observation(0)).isEqualTo(state.observation(0));
    assertThat(restored.returns()).containsExactly(state.returns());
  }
}
