package org.agora.games.connectfour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.agora.core.Turn;
import org.junit.jupiter.api.Test;

class ConnectFourTest {

  /**
   * A full-grid draw: columns 0, 1, 4, 5 hold x, o, x, o, x, o from the bottom, columns 2, 3, 6 the
   * opposite, so rows read xxooxxo or ooxxoox and no line of four exists anywhere.
   */
  static final int[] DRAW = {
      0, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 0,
      1, 1, 1, 1, 1, 1,
      4, 2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4,
      5, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5};

  private static ConnectFourState play(int... columns) {
    return play(new ConnectFourGame(), columns);
  }

  private static ConnectFourState play(ConnectFourGame game, int... columns) {
    ConnectFourState state = game.newInitialState();
    for (int i = 0; i < columns.length; i++) {
      assertThat(state.isTerminal()).as("terminal before move %d", i + 1).isFalse();
      state.apply(columns[i]);
    }
    return state;
  }

  @Test
  void registryCreatesTheGameWithDefaultsAndParameters() {
    Game created = GameRegistry.create("connect_four");
    assertThat(created).isInstanceOf(ConnectFourGame.class);
    assertThat(created.name()).isEqualTo("connect_four(rows=6,columns=7,connect=4)");
    assertThat(GameRegistry.create(created.name()).name()).isEqualTo(created.name());
    assertThat(new ConnectFourGame().name()).isEqualTo(created.name());
    ConnectFourGame small = (ConnectFourGame) GameRegistry.create("connect_four(rows=4, columns=5, connect=3)");
    assertThat(small.name()).isEqualTo("connect_four(rows=4,columns=5,connect=3)");
    assertThat(small.actionCount()).isEqualTo(5);
    assertThat(small.maxGameLength()).isEqualTo(20);
    assertThat(small.ability(ObservationTensorWriter.class).orElseThrow().shape()).containsExactly(3, 4, 5);
  }

  @Test
  void rejectsGridsThatDoNotFitAndUnreachableLines() {
    assertThatThrownBy(() -> GameRegistry.create("connect_four(rows=10,columns=10)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("10x10")
        .hasMessageContaining("64");
    assertThatThrownBy(() -> GameRegistry.create("connect_four(connect=8)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("connect=8");
    assertThatThrownBy(() -> GameRegistry.create("connect_four(width=8)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("width");
    assertThat(GameRegistry.create("connect_four(rows=15,columns=4)").maxGameLength()).isEqualTo(60);
  }

  @Test
  void describesItself() {
    Game game = new ConnectFourGame();
    assertThat(game.type()).isEqualTo(new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.NONE,
        GameType.Information.PERFECT, GameType.Utility.ZERO_SUM));
    assertThat(game.playerCount()).isEqualTo(2);
    assertThat(game.actionCount()).isEqualTo(7);
    assertThat(game.maxGameLength()).isEqualTo(42);
    assertThat(game.maxChanceOutcomes()).isZero();
    assertThat(game.minUtility()).isEqualTo(-1.0);
    assertThat(game.maxUtility()).isEqualTo(1.0);
    State state = game.newInitialState();
    assertThat(state.turn()).isEqualTo(Turn.decision(0));
    int[] legal = new int[7];
    assertThat(state.legalActions(legal)).isEqualTo(7);
    assertThat(legal).containsExactly(0, 1, 2, 3, 4, 5, 6);
  }

  @Test
  void horizontalLineWins() {
    ConnectFourState state = play(0, 0, 1, 1, 2, 2, 3);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.winner()).isZero();
    assertThat(state.returns()).containsExactly(1.0, -1.0);
    assertThat(state.boardString()).endsWith("\nooo....\nxxxx...");
  }

  @Test
  void verticalLineWins() {
    ConnectFourState state = play(0, 1, 0, 1, 0, 1, 0);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(1.0, -1.0);
  }

  @Test
  void diagonalUpToTheRightWins() {
    ConnectFourState state = play(0, 1, 1, 2, 2, 3, 2, 3, 3, 6, 3);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(1.0, -1.0);
    assertThat(state.stoneAt(3, 3)).isZero();
    assertThat(state.stoneAt(0, 0)).isZero();
  }

  @Test
  void diagonalDownToTheRightWins() {
    ConnectFourState state = play(6, 5, 5, 4, 4, 3, 4, 3, 3, 0, 3);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(1.0, -1.0);
    assertThat(state.stoneAt(3, 3)).isZero();
    assertThat(state.stoneAt(0, 6)).isZero();
  }

  @Test
  void secondPlayerCanWin() {
    ConnectFourState state = play(0, 1, 2, 1, 3, 1, 6, 1);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.winner()).isEqualTo(1);
    assertThat(state.returns()).containsExactly(-1.0, 1.0);
  }

  @Test
  void linesDoNotWrapFromOneColumnIntoTheNext() {
    // x holds the top three cells of column 0 and the bottom cell of column 1: adjacent bits in a
    // naive 6-bit-per-column layout, not a line on the grid.
    ConnectFourState state = play(1, 0, 2, 0, 2, 0, 0, 3, 0, 3, 0);
    assertThat(state.stoneAt(5, 0)).isZero();
    assertThat(state.stoneAt(0, 1)).isZero();
    assertThat(state.isTerminal()).isFalse();
  }

  @Test
  void fullGridWithoutALineIsADraw() {
    ConnectFourState state = play(DRAW);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.winner()).isEqualTo(-1);
    assertThat(state.returns()).containsExactly(0.0, 0.0);
    assertThat(state.historyLength()).isEqualTo(42);
    assertThat(state.boardString()).isEqualTo(
        "ooxxoox\nxxooxxo\nooxxoox\nxxooxxo\nooxxoox\nxxooxxo");
    assertThat(state.legalActions(new int[7])).isZero();
  }

  @Test
  void fullColumnsLeaveTheLegalActionsAndAreRejected() {
    ConnectFourState state = play(0, 0, 0, 0, 0, 0);
    int[] legal = new int[7];
    assertThat(state.legalActions(legal)).isEqualTo(6);
    assertThat(legal).startsWith(1, 2, 3, 4, 5, 6);
    assertThatThrownBy(() -> state.apply(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 0 is full");
    assertThatThrownBy(() -> state.apply(7)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> state.apply(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(state.historyLength()).isEqualTo(6);
    assertThat(state.turn()).isEqualTo(Turn.decision(0));
    assertThat(state.legalActions(1, legal)).isZero();
    ConnectFourState finished = play(0, 1, 0, 1, 0, 1, 0);
    assertThatThrownBy(() -> finished.apply(2)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void observationTensorShowsTheTopRowFirst() {
    ConnectFourState state = play(3, 3);
    ObservationTensorWriter writer = state.game().ability(ObservationTensorWriter.class).orElseThrow();
    assertThat(writer.shape()).containsExactly(3, 6, 7);
    assertThat(writer.size()).isEqualTo(126);
    float[] tensor = new float[126];
    writer.write(state, 0, tensor, 0);
    int bottomMiddle = 5 * 7 + 3;
    int aboveIt = 4 * 7 + 3;
    assertThat(tensor[bottomMiddle]).isZero();
    assertThat(tensor[42 + bottomMiddle]).isEqualTo(1f);
    assertThat(tensor[84 + aboveIt]).isEqualTo(1f);
    float sum = 0;
    for (float value : tensor) {
      sum += value;
    }
    assertThat(sum).isEqualTo(42f);
    float[] other = new float[126];
    writer.write(state, 1, other, 0);
    assertThat(other).containsExactly(tensor);
  }

  @Test
  void keysAndActionNamesAreReadable() {
    ConnectFourState state = play(3, 3, 4);
    assertThat(state.informationStateKey(1)).isEqualTo(
        ".......\n.......\n.......\n.......\n...o...\n...xx..");
    assertThat(state.observation(0)).isEqualTo(state.informationStateKey(1));
    assertThat(play(2, 1, 0).informationStateKey(1)).isEqualTo(play(0, 1, 2).informationStateKey(1));
    assertThat(state.actionToString(1, 2)).isEqualTo("o in column 2");
  }

  @Test
  void copiesAreIndependentAndSerializationRoundTrips() {
    ConnectFourState state = play(3, 2);
    ConnectFourState copy = state.copy();
    copy.apply(3);
    assertThat(state.history()).containsExactly(3, 2);
    assertThat(state.stoneAt(1, 3)).isEqualTo(-1);
    assertThat(copy.stoneAt(1, 3)).isZero();
    String text = StateSerializer.serialize(copy);
    assertThat(text).isEqualTo("connect_four(rows=6,columns=7,connect=4)\n3 2 3");
    assertThat(StateSerializer.deserialize(text).observation(0)).isEqualTo(copy.observation(0));
  }
}
