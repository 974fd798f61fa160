package org.agora.io;

import static org.agora.io.TestGames.q;
import static org.agora.io.TestGames.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

class ReducedNormalFormTest {

  private static Rational[][] matrix(NormalFormGame game, int player) {
    Rational[][] result = new Rational[game.strategyCount(0)][game.strategyCount(1)];
    for (int row = 0; row < result.length; row++) {
      for (int column = 0; column < result[row].length; column++) {
        result[row][column] = game.exactPayoff(player, game.profileIndex(new int[] {row, column}));
      }
    }
    return result;
  }

  @Test
  void twoStageGameMergesTheStrategiesThatStopAtOnce() throws IOException {
    Game game = GambitFormats.read(resource("two_stage.efg"));
    NormalFormGame reduced = GambitFormats.reducedNormalForm(game, 1000);

    // Player 1: A (either later action) = "1*", B then c = "21", B then d = "22".
    assertThat(reduced.strategyCounts()).containsExactly(3, 2);
    assertThat(new String[] {reduced.strategyName(0, 0), reduced.strategyName(0, 1), reduced.strategyName(0, 2)})
        .containsExactly("1*", "21", "22");
    assertThat(new String[] {reduced.strategyName(1, 0), reduced.strategyName(1, 1)}).containsExactly("1", "2");
    assertThat(matrix(reduced, 0)).isDeepEqualTo(new Rational[][] {{q(2), q(2)}, {q(3), q(0)}, {q(0), q(1)}});
    assertThat(matrix(reduced, 1)).isDeepEqualTo(new Rational[][] {{q(0), q(0)}, {q(1), q(0)}, {q(0), q(3)}});
    assertThat(reduced.title()).isEqualTo("Two-stage game");
    assertThat(reduced.playerName(0)).isEqualTo("Player 1");
    assertThat(reduced.name()).isEqualTo("reduced_normal_form(game=" + game.name() + ")");
  }

  @Test
  void oneCardPokerExpectedPayoffsAreExact() throws IOException {
    NormalFormGame reduced = GambitFormats.reducedNormalForm(GambitFormats.read(resource("one_card_poker.efg")), 1000);

    assertThat(reduced.strategyCounts()).containsExactly(4, 2);
    assertThat(reduced.strategyName(0, 1)).isEqualTo("12");
    assertThat(matrix(reduced, 0)).isDeepEqualTo(new Rational[][] {
        {q(-2, 3), q(1)}, {q(0), q(-1, 3)}, {q(-1), q(1)}, {q(-1, 3), q(-1, 3)}});
    assertThat(reduced.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
  }

  @Test
  void absentMindedDriverHasOneStrategyPerAction() {
    Game driver = GambitFormats.parse("""
        EFG 2 R "driver" { "Driver" }
        p "first exit" 1 1 "" { "Continue" "Exit" } 0
        p "second exit" 1 1 "" { "Continue" "Exit" } 0
        t "" 1 "" { 1 }
        t "" 2 "" { 4 }
        t "" 3 "" { 0 }
        """, "driver.efg");
    NormalFormGame reduced = GambitFormats.reducedNormalForm(driver, 100);

    assertThat(reduced.strategyCounts()).containsExactly(2);
    assertThat(reduced.exactPayoff(0, 0)).isEqualTo(q(1));
    assertThat(reduced.exactPayoff(0, 1)).isEqualTo(q(0));
  }

  @Test
  void normalFormGameIsReturnedAsItIs() throws IOException {
    Game game = GambitFormats.read(resource("matching_pennies.nfg"));
    assertThat(GambitFormats.reducedNormalForm(game, 1)).isSameAs(game);
  }

  @Test
  void repeatedSimultaneousGameGoesThroughTheTurnBasedView() {
    String stage = "nfg(file=" + resource("matching_pennies.nfg") + ")";
    Game repeated = GameRegistry.create("repeated(stage=\"" + stage + "\",rounds=2,recall=1)");
    NormalFormGame reduced = GambitFormats.reducedNormalForm(repeated, 10_000);

    // Each player: a first move, then a move for each of the 2 reachable first-round outcomes.
    assertThat(reduced.strategyCounts()).containsExactly(8, 8);
    assertThat(reduced.strategyName(0, 0)).isEqualTo("111**");
    assertThat(reduced.strategyName(1, 0)).isEqualTo("11*1*");
    assertThat(reduced.exactPayoff(0, 0)).isEqualTo(q(2));
    assertThat(reduced.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
  }

  @Test
  void limitOnProfilesIsReported() {
    Game game = GambitFormats.parse("""
        EFG 2 R "" { "A" }
        c "" 1 "" { "1" 1/4 "2" 1/4 "3" 1/4 "4" 1/4 } 0
        p "" 1 1 "" { "x" "y" } 0
        t "" 1 "" { 1 }
        t "" 0
        p "" 1 2 "" { "x" "y" } 0
        t "" 1
        t "" 0
        p "" 1 3 "" { "x" "y" } 0
        t "" 1
        t "" 0
        p "" 1 4 "" { "x" "y" } 0
        t "" 1
        t "" 0
        """, "wide.efg");
    assertThat(GambitFormats.reducedNormalForm(game, 16).strategyCount(0)).isEqualTo(16);
    assertThatThrownBy(() -> GambitFormats.reducedNormalForm(game, 15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the reduced normal form of efg(file=wide.efg) has more than 15 strategy profiles");
    assertThatThrownBy(() -> GambitFormats.reducedNormalForm(game, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the game tree of efg(file=wide.efg) has more than 12 nodes");
  }
}
