package org.agora.io;

import static org.agora.io.TestGames.assertSameNormalForm;
import static org.agora.io.TestGames.assertSameTree;
import static org.agora.io.TestGames.q;
import static org.agora.io.TestGames.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.tree.ExplicitTree;
import org.agora.core.tree.ExplicitTreeCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GambitWritersTest {

  @Test
  void writesThePayoffVersionWithStrategyNamesAndExactNumbers() throws IOException {
    NormalFormGame game = (NormalFormGame) GambitFormats.read(resource("outcomes.nfg"));

    assertThat(GambitFormats.toNfg(game)).isEqualTo("""
        NFG 1 R "Outcome version" { "Row" "Column" }

        { { "1" "2" }
          { "1" "2" "3" }
        }
        ""

        3 3
        5 0
        0 5
        0 0
        0 0
        3 3
        """);
  }

  @ParameterizedTest
  @ValueSource(strings = {"matching_pennies.nfg", "three_players.nfg", "outcomes.nfg"})
  void nfgRoundTripIsExact(String file) throws IOException {
    NormalFormGame game = (NormalFormGame) GambitFormats.read(resource(file));
    String text = GambitFormats.toNfg(game);
    NormalFormGame again = (NormalFormGame) GambitFormats.parse(text, "again.nfg");

    assertSameNormalForm(again, game);
    assertThat(GambitFormats.toNfg(again)).isEqualTo(text);
  }

  @Test
  void quotesAndBackslashesSurvive() {
    NormalFormGame game = (NormalFormGame) GambitFormats.parse(
        "NFG 1 R \"say \\\"hi\\\" \\\\ x\\wedge\" { \"a\" } { { \"\\\"s\\\"\" } } -7/3", "q.nfg");
    assertThat(game.title()).isEqualTo("say \"hi\" \\ x\\wedge");
    assertThat(game.strategyName(0, 0)).isEqualTo("\"s\"");
    NormalFormGame again = (NormalFormGame) GambitFormats.parse(GambitFormats.toNfg(game), "q2.nfg");
    assertSameNormalForm(again, game);
    assertThat(again.exactPayoff(0, 0)).isEqualTo(q(-7, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"one_card_poker.efg", "two_stage.efg"})
  void efgRoundTripKeepsEverything(String file) throws IOException {
    EfgGame game = (EfgGame) GambitFormats.read(resource(file));
    String text = GambitFormats.toEfg(game, 1000);
    EfgGame again = (EfgGame) GambitFormats.parse(text, "again.efg");

    assertSameTree(again.explicitTree(), game.explicitTree(), true, true);
    assertThat(GambitFormats.toEfg(again, 1000)).isEqualTo(text);
    assertThat(again.type()).isEqualTo(game.type());
  }

  @Test
  void writesTheOneCardPokerTree() throws IOException {
    EfgGame game = (EfgGame) GambitFormats.read(resource("one_card_poker.efg"));
    String text = GambitFormats.toEfg(game, 1000);

    assertThat(text).startsWith("EFG 2 R \"One-card poker\" { \"Alice\" \"Bob\" }\n\"A hand-made test game");
    assertThat(text).contains("""

        c "deal" 1 "deal" { "High" 1/3 "Low" 2/3 } 1 "ante" { -1 -1 }
        p "" 1 1 "high card" { "Bet" "Check" } 0
        p "" 2 1 "after a bet" { "Call" "Fold" } 0
        t "" 2 "Alice wins the call" { 3 -1 }
        t "" 3 "Alice takes the pot" { 2 0 }
        t "" 3 "Alice takes the pot" { 2 0 }
        p "" 1 2 "low card" { "Bet" "Check" } 0
        p "" 2 1 "after a bet" { "Call" "Fold" } 0
        """);
  }

  @Test
  void stateApiEnumerationOfAnEfgGameGivesItsTree() throws IOException {
    for (String file : new String[] {"one_card_poker.efg", "two_stage.efg"}) {
      EfgGame game = (EfgGame) GambitFormats.read(resource(file));
      assertSameTree(ExplicitTreeCompiler.compile(game, 1000), game.explicitTree(), false, true);
    }
  }

  @Test
  void normalFormGameIsWrittenTurnBasedWithExactPayoffs() throws IOException {
    NormalFormGame game = (NormalFormGame) GambitFormats.read(resource("three_players.nfg"));
    EfgGame tree = (EfgGame) GambitFormats.parse(GambitFormats.toEfg(game, 1000), "three.efg");

    assertThat(tree.nodeCount()).isEqualTo(1 + 2 + 4 + 8);
    assertThat(tree.infosetCount(0)).isEqualTo(1);
    assertThat(tree.infosetCount(1)).isEqualTo(1);
    assertThat(tree.infosetCount(2)).isEqualTo(1);
    assertThat(tree.type().information()).isEqualTo(GameType.Information.IMPERFECT);
    assertThat(tree.playerName(0)).isEqualTo("Ann");
    assertThat(tree.title()).isEqualTo(game.name());

    NormalFormGame reduced = GambitFormats.reducedNormalForm(tree, 1000);
    assertThat(reduced.strategyCounts()).containsExactly(2, 2, 2);
    for (int p = 0; p < 3; p++) {
      for (int profile = 0; profile < 8; profile++) {
        assertThat(reduced.exactPayoff(p, profile)).isEqualTo(game.exactPayoff(p, profile));
      }
    }
  }

  @Test
  void explicitTurnBasedViewKeepsExactPayoffs() {
    NormalFormGame game = (NormalFormGame) GambitFormats.parse(
        "NFG 1 R \"\" { \"a\" \"b\" } { 2 2 } 1/3 -1/3 2/7 0 0 0 -1/9 1/9", "thirds.nfg");
    String direct = GambitFormats.toEfg(game, 100);
    String viaTurnBased = GambitFormats.toEfg(new org.agora.core.transform.TurnBasedGame(game), 100);

    assertThat(viaTurnBased.substring(viaTurnBased.indexOf('\n')))
        .isEqualTo(direct.substring(direct.indexOf('\n')))
        .contains("{ 1/3 -1/3 }", "{ -1/9 1/9 }");
  }

  @Test
  void doublesAreWrittenAsTheirBinaryValuesWithChanceSummingToOne() {
    String text = GambitFormats.toEfg(new ThirdsGame(), 100);
    EfgGame game = (EfgGame) GambitFormats.parse(text, "thirds.efg");

    Rational third = Rational.of(1.0 / 3.0);
    ExplicitTree tree = game.explicitTree();
    assertThat(tree.probability(tree.infoset(0), 1)).isEqualTo(third);
    assertThat(tree.probability(tree.infoset(0), 2)).isEqualTo(third);
    assertThat(tree.probability(tree.infoset(0), 0)).isEqualTo(Rational.ONE.subtract(third).subtract(third));
    assertThat(game.explicitTree().payoff(2, 0)).isEqualTo(Rational.of(0.1));
    assertThat(game.infosetCount(0)).isEqualTo(1);
    assertThat(text).contains("p \"\" 1 1 \"guess\" { \"low\" \"high\" } 0");
  }

  @Test
  void nodeLimitIsEnforced() throws IOException {
    EfgGame game = (EfgGame) GambitFormats.read(resource("one_card_poker.efg"));
    assertThatThrownBy(() -> GambitFormats.toEfg(game, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("has more than 10 nodes");
    assertThatThrownBy(() -> GambitFormats.toEfg(new ThirdsGame(), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the game tree of thirds has more than 5 nodes");
  }
}
