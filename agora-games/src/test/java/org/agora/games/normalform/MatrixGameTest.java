package org.agora.games.normalform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixGameTest {

  private static NormalFormGame create(String spec) {
    return (NormalFormGame) GameRegistry.create(spec);
  }

  @Test
  void inlineBimatrix() {
    NormalFormGame game = create("matrix(payoffs=\"3,3 0,5; 5,0 1,1\", row_names=\"C D\", column_names=\"c d\")");
    assertThat(game.strategyCounts()).containsExactly(2, 2);
    assertThat(game.payoffTensor()).containsExactly(3, 0, 5, 1, 3, 5, 0, 1);
    assertThat(game.strategyName(0, 1)).isEqualTo("D");
    assertThat(game.strategyName(1, 0)).isEqualTo("c");
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    State state = game.newInitialState();
    state.apply(new int[] {1, 0});
    assertThat(state.returns()).containsExactly(5, 0);
    assertThat(state.actionToString(0, 1)).isEqualTo("D");
  }

  @Test
  void fractionsAndDecimalsStayExact() {
    NormalFormGame game = create("matrix(payoffs=\"1/3,-2/3 0.25,1e-2\")");
    assertThat(game.strategyCounts()).containsExactly(1, 2);
    assertThat(game.exactPayoff(0, 0)).isEqualTo(Rational.of(1, 3));
    assertThat(game.exactPayoff(1, 0)).isEqualTo(Rational.of(-2, 3));
    assertThat(game.exactPayoff(0, 1)).isEqualTo(Rational.of(1, 4));
    assertThat(game.exactPayoff(1, 1)).isEqualTo(Rational.of(1, 100));
  }

  @Test
  void singleNumbersMakeAZeroSumGame() {
    NormalFormGame game = create("matrix(payoffs=\"0 -1 1; 1 0 -1; -1 1 0\")");
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    assertThat(game.payoff(1, 1)).isEqualTo(1);
    assertThat(game.strategyName(0, 2)).isEqualTo("r2");
    assertThat(game.strategyName(1, 0)).isEqualTo("c0");
  }

  @Test
  void spacesAroundCommasAndNewLinesAreAccepted() {
    NormalFormGame game = create("matrix(payoffs=\"3, 3  0 ,5\n5,0 1,1 # comment\n\")");
    assertThat(game.payoffTensor()).containsExactly(3, 0, 5, 1, 3, 5, 0, 1);
  }

  @Test
  void threePlayersWithShape() {
    // payoff of each player = 1 if it matches player 0's strategy, profiles with player 2 fastest
    String cells = "1,1,1 1,1,0; 1,0,1 1,0,0; 0,1,1 0,1,0; 0,0,1 0,0,0";
    NormalFormGame game = create("matrix(payoffs=\"" + cells + "\", shape=2x2x2, strategy_names=\"a b; c d; e f\")");
    assertThat(game.playerCount()).isEqualTo(3);
    assertThat(game.payoff(2, game.profileIndex(new int[] {0, 0, 1}))).isEqualTo(0);
    assertThat(game.payoff(1, game.profileIndex(new int[] {0, 1, 0}))).isEqualTo(0);
    assertThat(game.payoff(0, game.profileIndex(new int[] {1, 1, 1}))).isEqualTo(0);
    assertThat(game.payoff(2, game.profileIndex(new int[] {1, 0, 1}))).isEqualTo(0);
    assertThat(game.strategyName(2, 1)).isEqualTo("f");
    assertThat(game.playerName(2)).isEqualTo("player 2");
  }

  @Test
  void readsFromFile(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("pd.txt");
    Files.writeString(file, "# prisoner's dilemma\n3,3 0,5\n5,0 1,1\n");
    NormalFormGame game = create("matrix(file=\"" + file + "\")");
    assertThat(game.payoffTensor()).containsExactly(3, 0, 5, 1, 3, 5, 0, 1);
    assertThat(GameRegistry.create(game.name()).name()).isEqualTo(game.name());
  }

  @Test
  void badEntriesAreLocated(@TempDir Path directory) throws Exception {
    assertThatThrownBy(() -> create("matrix(payoffs=\"3,3 0,5; 5,x 1,1\")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("parameter 'payoffs' row 2, cell 1 '5,x': entry 'x' is not a number");
    assertThatThrownBy(() -> create("matrix(payoffs=\"3,3 0,5; 5,0 1,1/0\")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("row 2, cell 2 '1,1/0'");
    Path file = directory.resolve("bad.txt");
    Files.writeString(file, "3,3 0,5\n\n5,0 1,\n");
    assertThatThrownBy(() -> create("matrix(file=\"" + file + "\")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("row 2, cell 2 (line 3) '1,': entry '' is not a number");
  }

  @Test
  void raggedAndMismatchedTablesAreRejected() {
    assertThatThrownBy(() -> create("matrix(payoffs=\"3,3 0,5; 5,0\")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("is ragged: row 2 has 1 cells but row 1 has 2");
    assertThatThrownBy(() -> create("matrix(payoffs=\"3,3 0,5,1; 5,0 1,1\")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("row 1, cell 2 '0,5,1' has 3 payoffs but the first cell has 2");
    assertThatThrownBy(() -> create("matrix(payoffs=\"1,1,1 2,2,2\")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("give shape=");
    assertThatThrownBy(() -> create("matrix(payoffs=\"1,1,1 2,2,2\", shape=2x2x2)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("has 2 cells but shape 2x2x2 needs 8");
    // The product of the counts wrapped around: 2^64 "needed" 0 cells and 3^41 a negative number.
    assertThatThrownBy(() -> create("matrix(payoffs=\"1\", shape=65536x65536x65536x65536x1)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("has 1 cells but shape 65536x65536x65536x65536x1 needs more than 9223372036854775807");
    assertThatThrownBy(() -> create("matrix(payoffs=\"1\", shape=" + "3x".repeat(40) + "3)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("needs more than 9223372036854775807");
    assertThatThrownBy(() -> create("matrix(payoffs=\"1,1\", shape=2xa)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("parameter 'shape' value '2xa'");
  }

  @Test
  void sourceAndNamesAreValidated() {
    assertThatThrownBy(() -> create("matrix"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'payoffs' or 'file' is required");
    assertThatThrownBy(() -> create("matrix(payoffs=\"1 2\", file=x.txt)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("both given");
    assertThatThrownBy(() -> create("matrix(file=/no/such/file.txt)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("matrix: parameter 'file' value '/no/such/file.txt' cannot be read (no such file);"
            + " allowed: a readable UTF-8 text file");
    assertThatThrownBy(() -> create("matrix(payoffs=\"1 2; 3 4\", row_names=\"U M D\")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'row_names' value 'U M D' gives 3 names for the row player's 2 strategies");
    assertThatThrownBy(() -> create("matrix(payoffs=\"1 2; 3 4\", column_names=\"L L\")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("repeats the name 'L'");
    assertThatThrownBy(() -> create("matrix(payoffs=\"1 2; 3 4\", strategy_names=\"a b\")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("has 1 lists for 2 players");
  }

  @Test
  void nameRecreatesTheGame() {
    NormalFormGame game = create("matrix(payoffs=\"1/2,0 0,1; 0,1 1,0\", row_names=\"U D\")");
    NormalFormGame again = create(game.name());
    assertThat(again.name()).isEqualTo(game.name());
    assertThat(again.exactPayoff(0, 0)).isEqualTo(Rational.of(1, 2));
    assertThat(again.strategyName(0, 1)).isEqualTo("D");
  }
}
