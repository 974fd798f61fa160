package org.agora.cooperative.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.cooperative.CoalitionGame;
import org.agora.core.GameSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoalitionGamesTest {

  @TempDir Path directory;

  @Test
  void createsEachGameFromItsString() {
    CoalitionGame glove = CoalitionGames.create("glove(left=2,right=3)");
    assertThat(glove.playerCount()).isEqualTo(5);
    assertThat(glove.value(0b11111)).isEqualTo(2);
    assertThat(glove.value(0b00011)).isEqualTo(0);
    assertThat(glove.describe()).isEqualTo("glove(left=2,right=3)");

    CoalitionGame airport = CoalitionGames.create("airport(costs=1;2;2;3;5)");
    assertThat(airport.value(0b00110)).isEqualTo(2);
    assertThat(airport.value(0)).isEqualTo(0);
    assertThat(airport.describe()).isEqualTo("airport(costs=1;2;2;3;5)");

    CoalitionGame voting = CoalitionGames.create("voting(quota=4,weights=3;2;1;1)");
    assertThat(voting.value(0b0011)).isEqualTo(1);
    assertThat(voting.value(0b1110)).isEqualTo(1);
    assertThat(voting.value(0b0110)).isEqualTo(0);

    CoalitionGame unanimity = CoalitionGames.create("unanimity(players=3,terms=[0,1]:1;[0,1,2]:2)");
    assertThat(unanimity.value(0b011)).isEqualTo(1);
    assertThat(unanimity.value(0b111)).isEqualTo(3);
    assertThat(unanimity.value(0b101)).isEqualTo(0);
    assertThat(CoalitionGames.create(unanimity.describe()).value(0b111)).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "chess(x=1)|unknown coalition game 'chess'; known: airport, glove, table, unanimity, voting",
      "glove(left=2)|glove: parameter 'right' is required; allowed: integer in [1, 61]",
      "glove(left=0,right=2)|glove: parameter 'left' value '0' is out of range",
      "glove(left=2,right=2,up=1)|glove: unknown parameter 'up'",
      "airport(costs=1;x;3)|airport: parameter 'costs' entry 2 'x' is not a number",
      "airport(costs=1;-2)|airport: cost -2.0 is not a finite non-negative number",
      "airport|airport: parameter 'costs' is required",
      "voting(weights=1;2)|voting: parameter 'quota' is required",
      "unanimity(players=3,terms=[0,5]:1)|unanimity: term '[0,5]:1': coalition '[0,5]': player 5 is not in [0, 2]",
      "unanimity(players=3,terms=[0,1])|unanimity: term '[0,1]' is not carrier:coefficient",
      "glove(left=2,right=2|bad coalition game string",
  })
  void badStringsGiveOneLineErrors(String text, String expected) {
    assertThatThrownBy(() -> CoalitionGames.create(text))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void readsTablesWithPlayerListsOrBitStrings() throws Exception {
    Path lists = directory.resolve("lists.csv");
    Files.writeString(lists, "coalition,value\n{},0\n{0},1\n{1},2\n{0,1},5\n");
    TableGame game = TableGameReader.read(lists);
    assertThat(game.playerCount()).isEqualTo(2);
    assertThat(game.value(0b11)).isEqualTo(5);
    assertThat(game.value(0b10)).isEqualTo(2);

    Path bits = directory.resolve("bits.csv");
    Files.writeString(bits, "# comment\n10,1\n01,2\n11,5\n");
    TableGame fromBits = (TableGame) CoalitionGames.create("table(file=" + bits + ")");
    assertThat(fromBits.value(0b01)).isEqualTo(1);
    assertThat(fromBits.value(0b10)).isEqualTo(2);
    assertThat(fromBits.value(0)).isEqualTo(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{0},1\\n{1},x\\n{0,1},3|:2: value 'x' is not a number",
      "{0},1\\n{0,1},3|: coalition {1} is missing (1 of 3 non-empty coalitions of 2 players missing)",
      "{0},1\\n{1},2\\n{0},4\\n{0,1},3|:3: coalition {0} already given on line 1",
      "{0},1\\n{1} 2|:2: expected 'coalition,value'",
      "10,1\\n011,2|:2: bit string '011' has 3 characters but earlier rows have 2",
      "1a,1|:1: coalition '1a' is neither a player list",
      "{0,0},1|:1: coalition '{0,0}': player 0 is listed twice",
      "{0 1,2|:1: coalition '{0 1' has no closing '}'",
      "{0,1,|:1: value '' is not a number",
      "# nothing|: no coalition rows",
  })
  void badTableFilesNameTheFileAndLine(String content, String expected) throws Exception {
    Path file = directory.resolve("bad.csv");
    Files.writeString(file, content.replace("\\n", "\n"));
    assertThatThrownBy(() -> TableGameReader.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void missingTableFileIsOneLine() {
    assertThatThrownBy(() -> CoalitionGames.create("table(file=" + directory.resolve("none.csv") + ")"))
        .hasMessage("table: " + directory.resolve("none.csv") + ": no such file");
  }

  @Test
  void budgetedGameCountsDistinctEvaluationsAndRefusesPastTheBudget() {
    int[] calls = new int[1];
    CoalitionGame counting = new CoalitionGame() {
      @Override
      public int playerCount() {
        return 40;
      }

      @Override
      public double value(long coalition) {
        calls[0]++;
        return Long.bitCount(coalition);
      }
    };
    BudgetedGame budgeted = new BudgetedGame(counting, 1000);
    for (int repeat = 0; repeat < 3; repeat++) {
      for (long k = 0; k < 1000; k++) {
        long coalition = k * 0x9E3779B97L & ((1L << 40) - 1);
        assertThat(budgeted.value(coalition)).isEqualTo(Long.bitCount(coalition));
      }
    }
    assertThat(budgeted.evaluations()).isEqualTo(1000);
    assertThat(calls[0]).isEqualTo(1000);
    assertThat(budgeted.lookups()).isEqualTo(3000);
    assertThatThrownBy(() -> budgeted.value(1L << 39))
        .isInstanceOf(BudgetExceededException.class)
        .hasMessageContaining("evaluation budget of 1000 distinct coalitions exhausted")
        .hasMessageContaining("{39}");
    assertThat(calls[0]).isEqualTo(1000);
  }

  @Test
  void budgetedGameKeepsEveryValueWhileItsTableGrows() {
    // The table starts at 2048 slots and must double several times for 20000 keys.
    BudgetedGame budgeted = new BudgetedGame(SyntheticGames.randomTable(16, 3), Long.MAX_VALUE);
    TableGame table = SyntheticGames.randomTable(16, 3);
    for (long mask = 0; mask < 20000; mask++) {
      budgeted.value(mask * 3 % 65536);
    }
    for (long mask = 0; mask < 20000; mask++) {
      assertThat(budgeted.value(mask * 3 % 65536)).isEqualTo(table.value(mask * 3 % 65536));
    }
    assertThat(budgeted.evaluations()).isEqualTo(20000);
  }

  @Test
  void coalitionsParseListsAndBitStrings() {
    assertThat(Coalitions.parse("{0,2}", 3)).isEqualTo(0b101);
    assertThat(Coalitions.parse("[2, 0]", -1)).isEqualTo(0b101);
    assertThat(Coalitions.parse("101", 3)).isEqualTo(0b101);
    assertThat(Coalitions.parse("{}", 3)).isZero();
    assertThat(Coalitions.format(0b101)).isEqualTo("{0,2}");
  }
}
