package org.agora.games.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.State;
import org.agora.core.StateEnumerator;
import org.agora.core.StateSerializer;
import org.agora.core.TreeStatistics;
import org.agora.core.Turn;
import org.junit.jupiter.api.Test;

class TicTacToeTest {

  private final Game game = new TicTacToeGame();

  private static TicTacToeState play(int... cells) {
    TicTacToeState state = new TicTacToeGame().newInitialState();
    for (int cell : cells) {
      state.apply(cell);
    }
    return state;
  }

  @Test
  void registryCreatesTheGameFromItsName() {
    Game created = GameRegistry.create("tic_tac_toe");
    assertThat(created).isInstanceOf(TicTacToeGame.class);
    assertThat(created.name()).isEqualTo("tic_tac_toe");
    assertThat(GameRegistry.create(created.name()).name()).isEqualTo(created.name());
    assertThat(GameRegistry.names()).contains("tic_tac_toe");
    assertThatThrownBy(() -> GameRegistry.create("tic_tac_toe(size=4)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("size");
  }

  @Test
  void describesItself() {
    assertThat(game.type()).isEqualTo(new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.NONE,
        GameType.Information.PERFECT, GameType.Utility.ZERO_SUM));
    assertThat(game.playerCount()).isEqualTo(2);
    assertThat(game.actionCount()).isEqualTo(9);
    assertThat(game.maxChanceOutcomes()).isZero();
    assertThat(game.maxGameLength()).isEqualTo(9);
    assertThat(game.minUtility()).isEqualTo(-1.0);
    assertThat(game.maxUtility()).isEqualTo(1.0);
    assertThat(game.utilitySum()).hasValue(0.0);
    assertThat(game.playerName(0)).isEqualTo("x");
    assertThat(game.playerName(1)).isEqualTo("o");
  }

  @Test
  void initialStateIsAnEmptyBoardWithXToMove() {
    State state = game.newInitialState();
    assertThat(state.turn()).isEqualTo(Turn.decision(0));
    int[] legal = new int[9];
    assertThat(state.legalActions(legal)).isEqualTo(9);
    assertThat(legal).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(state.legalActions(1, legal)).isZero();
    assertThat(state.observation(0)).isEqualTo("...\n...\n...");
    assertThat(state.returns(0)).isZero();
  }

  @Test
  void hasFiveThousandFourHundredSeventyEightReachableBoards() {
    Set<Integer> boards = new HashSet<>();
    boolean complete = StateEnumerator.walk(game, Long.MAX_VALUE, (state, depth) -> {
      TicTacToeState board = (TicTacToeState) state;
      boards.add(board.marks(0) | board.marks(1) << 9);
    });
    assertThat(complete).isTrue();
    assertThat(boards).hasSize(5478);
  }

  @Test
  void treeHasTheKnownNumbersOfNodesAndCompleteGames() {
    TreeStatistics statistics = TreeStatistics.compute(game, 1_000_000).orElseThrow();
    assertThat(statistics.nodes()).isEqualTo(549_946);
    assertThat(statistics.terminalNodes()).isEqualTo(255_168);
    assertThat(statistics.decisionNodes()).isEqualTo(549_946 - 255_168);
    assertThat(statistics.chanceNodes()).isZero();
    assertThat(statistics.maxDepth()).isEqualTo(9);
    // Keys are boards: every non-terminal board is an information state of the player to move.
    assertThat(statistics.totalInformationStates()).isEqualTo(5478 - 958);
  }

  @Test
  void minimaxValueIsADraw() {
    assertThat(negamax(game.newInitialState(), new HashMap<>())).isZero();
  }

  /** Value for the player to move, memoised on the board string. */
  private static int negamax(State state, Map<String, Integer> memo) {
    if (state.isTerminal()) {
      return (int) state.returns(state.historyLength() % 2 == 0 ? 0 : 1);
    }
    String key = state.informationStateKey(state.currentPlayer());
    Integer known = memo.get(key);
    if (known != null) {
      return known;
    }
    int[] legal = new int[9];
    int count = state.legalActions(legal);
    int best = Integer.MIN_VALUE;
    for (int i = 0; i < count; i++) {
      State child = state.copy();
      child.apply(legal[i]);
      best = Math.max(best, -negamax(child, memo));
    }
    memo.put(key, best);
    return best;
  }

  @Test
  void crossesWinOnTheTopRow() {
    TicTacToeState state = play(0, 3, 1, 4, 2);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.winner()).isZero();
    assertThat(state.returns()).containsExactly(1.0, -1.0);
    assertThat(state.observation(1)).isEqualTo("xxx\noo.\n...");
  }

  @Test
  void noughtsWinOnTheMiddleColumn() {
    TicTacToeState state = play(0, 1, 2, 4, 8, 7);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.winner()).isEqualTo(1);
    assertThat(state.returns()).containsExactly(-1.0, 1.0);
  }

  @Test
  void crossesWinOnBothDiagonals() {
    assertThat(play(0, 1, 4, 2, 8).returns()).containsExactly(1.0, -1.0);
    assertThat(play(2, 0, 4, 1, 6).returns()).containsExactly(1.0, -1.0);
  }

  @Test
  void lineCompletedWithTheNinthMarkIsAWin() {
    TicTacToeState state = play(0, 1, 2, 3, 4, 5, 7, 6, 8);
    assertThat(state.boardString()).isEqualTo("xox\noxo\noxx");
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(1.0, -1.0);
  }

  @Test
  void fullBoardWithoutALineIsADraw() {
    TicTacToeState state = play(0, 4, 8, 1, 7, 6, 2, 5, 3);
    assertThat(state.boardString()).isEqualTo("xox\nxoo\noxx");
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.winner()).isEqualTo(-1);
    assertThat(state.returns()).containsExactly(0.0, 0.0);
    assertThat(state.legalActions(new int[9])).isZero();
  }

  @Test
  void rejectsIllegalMovesAndKeepsTheState() {
    TicTacToeState state = play(4);
    assertThatThrownBy(() -> state.apply(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cell 4")
        .hasMessageContaining("taken by x");
    assertThatThrownBy(() -> state.apply(9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> state.apply(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(state.history()).containsExactly(4);
    assertThat(state.turn()).isEqualTo(Turn.decision(1));
    TicTacToeState finished = play(0, 3, 1, 4, 2);
    assertThatThrownBy(() -> finished.apply(5)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void observationTensorHasEmptyCrossAndNoughtPlanes() {
    TicTacToeState state = play(0, 4);
    ObservationTensorWriter writer = state.game().ability(ObservationTensorWriter.class).orElseThrow();
    assertThat(writer.shape()).containsExactly(3, 3, 3);
    assertThat(writer.size()).isEqualTo(27);
    float[] tensor = new float[27];
    writer.write(state, 1, tensor, 0);
    float[] expected = new float[27];
    for (int cell = 0; cell < 9; cell++) {
      expected[cell] = cell == 0 || cell == 4 ? 0f : 1f;
    }
    expected[9] = 1f;
    expected[18 + 4] = 1f;
    assertThat(tensor).containsExactly(expected);
    float[] other = new float[27];
    writer.write(state, 0, other, 0);
    assertThat(other).containsExactly(expected);
  }

  @Test
  void keysAndActionNamesAreReadable() {
    TicTacToeState state = play(0, 4, 8);
    assertThat(state.informationStateKey(1)).isEqualTo("x..\n.o.\n..x");
    assertThat(state.informationStateKey(0)).isEqualTo(state.informationStateKey(1));
    assertThat(play(8, 4, 0).informationStateKey(1)).isEqualTo(state.informationStateKey(1));
    assertThat(state.actionToString(1, 5)).isEqualTo("o(1,2)");
    assertThat(state.actionToString(0, 0)).isEqualTo("x(0,0)");
  }

  @Test
  void copiesAreIndependent() {
    TicTacToeState state = play(0);
    TicTacToeState copy = state.copy();
    copy.apply(4);
    assertThat(state.history()).containsExactly(0);
    assertThat(state.boardString()).isEqualTo("x..\n...\n...");
    assertThat(copy.history()).containsExactly(0, 4);
    assertThat(copy.turn()).isEqualTo(Turn.decision(0));
  }

  @Test
  void serializesAsGameStringAndHistory() {
    TicTacToeState state = play(4, 0, 8);
    String text = StateSerializer.serialize(state);
    assertThat(text).isEqualTo("tic_tac_toe\n4 0 8");
    State restored = StateSerializer.deserialize(text);
    assertThat(restored.observation(0)).isEqualTo(state.observation(0));
    assertThat(restored.turn()).isEqualTo(state.turn());
    assertThatThrownBy(() -> StateSerializer.deserialize("tic_tac_toe\n4 4"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
