package org.agora.io;

import static org.agora.io.TestGames.q;
import static org.agora.io.TestGames.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.agora.core.ExactValues;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.Turn;
import org.junit.jupiter.api.Test;

class EfgReaderTest {

  private static EfgGame poker() throws IOException {
    return (EfgGame) GambitFormats.read(resource("one_card_poker.efg"));
  }

  @Test
  void describesTheOneCardPokerGame() throws IOException {
    EfgGame game = poker();

    assertThat(game.title()).isEqualTo("One-card poker");
    assertThat(game.comment()).startsWith("A hand-made test game").contains("\n");
    assertThat(game.playerCount()).isEqualTo(2);
    assertThat(game.playerName(1)).isEqualTo("Bob");
    assertThat(game.nodeCount()).isEqualTo(11);
    assertThat(game.type()).isEqualTo(new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.EXPLICIT,
        GameType.Information.IMPERFECT, GameType.Utility.ZERO_SUM));
    assertThat(game.actionCount()).isEqualTo(2);
    assertThat(game.maxChanceOutcomes()).isEqualTo(2);
    assertThat(game.maxGameLength()).isEqualTo(3);
    assertThat(game.minUtility()).isEqualTo(-2.0);
    assertThat(game.maxUtility()).isEqualTo(2.0);
    assertThat(game.utilitySum()).hasValue(0.0);
    assertThat(game.infosetCount(0)).isEqualTo(2);
    assertThat(game.infosetCount(1)).isEqualTo(1);
    assertThat(game.name()).startsWith("efg(file=").endsWith("one_card_poker.efg)");
  }

  @Test
  void playsThroughTheStateApiWithExactValues() throws IOException {
    State state = poker().newInitialState();
    assertThat(state.turn()).isEqualTo(Turn.CHANCE);
    int[] outcomes = new int[2];
    Rational[] exact = new Rational[2];
    assertThat(state.game().ability(ExactValues.class).orElseThrow().exactChanceOutcomes(state, outcomes, exact)).isEqualTo(2);
    assertThat(exact).containsExactly(q(1, 3), q(2, 3));
    double[] probabilities = new double[2];
    state.chanceOutcomes(outcomes, probabilities);
    assertThat(probabilities[0]).isEqualTo(1.0 / 3.0);
    assertThat(state.chanceOutcomeToString(1)).isEqualTo("Low");
    // The ante outcome at the root already counts.
    assertThat(state.returns(0)).isEqualTo(-1.0);

    state.apply(1);
    assertThat(state.returns(1)).isEqualTo(-1.0);
    assertThat(state.currentPlayer()).isEqualTo(0);
    assertThat(state.informationStateKey(0)).isEqualTo("P1 I2 low card");
    assertThat(state.actionToString(0, 0)).isEqualTo("Bet");

    state.apply(0);
    assertThat(state.currentPlayer()).isEqualTo(1);
    assertThat(state.informationStateKey(1)).isEqualTo("P2 I1 after a bet");
    assertThat(state.informationStateKey(0)).isEqualTo("P1 moves I2=0");
    int[] legal = new int[2];
    assertThat(state.legalActions(legal)).isEqualTo(2);
    assertThat(state.legalActions(0, legal)).isZero();

    state.apply(0);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.game().ability(ExactValues.class).orElseThrow().exactReturn(state, 0)).isEqualTo(q(-2));
    assertThat(state.game().ability(ExactValues.class).orElseThrow().exactReturn(state, 1)).isEqualTo(q(2));
    assertThat(state.history()).containsExactly(1, 0, 0);
  }

  @Test
  void bobCannotTellTheCards() throws IOException {
    EfgGame game = poker();
    State high = game.newInitialState();
    high.apply(0);
    high.apply(0);
    State low = game.newInitialState();
    low.apply(1);
    low.apply(0);
    assertThat(high.informationStateKey(1)).isEqualTo(low.informationStateKey(1));
    assertThat(high.informationStateKey(0)).isNotEqualTo(low.informationStateKey(0));
  }

  @Test
  void reusedOutcomeKeepsItsPayoffs() throws IOException {
    State state = poker().newInitialState();
    state.apply(0);
    state.apply(1);
    assertThat(state.game().ability(ExactValues.class).orElseThrow().exactReturn(state, 0)).isEqualTo(q(1));
    assertThat(state.game().ability(ExactValues.class).orElseThrow().exactReturn(state, 1)).isEqualTo(q(-1));
  }

  @Test
  void perfectInformationWithoutChanceAndGeneralSum() {
    EfgGame game = (EfgGame) GambitFormats.parse("""
        EFG 2 R "" { "A" "B" }
        p "" 1 1 "" { "x" "y" } 0
        t "" 1 "" { 1 2 }
        p "" 2 1 "" { "" "" } 0
        t "" 2 "" { 0 0 }
        t "" 3 "" { 3 3 }
        """, "small.efg");

    assertThat(game.type().chance()).isEqualTo(GameType.Chance.NONE);
    assertThat(game.type().information()).isEqualTo(GameType.Information.PERFECT);
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    assertThat(game.utilitySum()).isEmpty();
    assertThat(game.comment()).isEmpty();
    State state = game.newInitialState();
    state.apply(1);
    assertThat(state.actionToString(1, 1)).isEqualTo("2");
  }

  @Test
  void constantSumAndIdenticalAreExact() {
    String constant = """
        EFG 2 R "" { "A" "B" }
        p "" 1 1 "" { "x" "y" } 0
        t "" 1 "" { 1/3 2/3 }
        t "" 2 "" { 1 0 }
        """;
    EfgGame game = (EfgGame) GambitFormats.parse(constant, "c.efg");
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.CONSTANT_SUM);
    assertThat(game.utilitySum()).hasValue(1.0);
    EfgGame identical = (EfgGame) GambitFormats.parse(constant.replace("1/3 2/3", "1/2 1/2").replace("1 0", "2 2"), "i.efg");
    assertThat(identical.type().utility()).isEqualTo(GameType.Utility.IDENTICAL);
    // all payoffs 0 is identical and zero-sum at once: typed zero-sum, which the zero-sum solvers accept
    EfgGame zeros = (EfgGame) GambitFormats.parse(constant.replace("1/3 2/3", "0 0").replace("1 0", "0 0"), "z.efg");
    assertThat(zeros.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    assertThat(zeros.utilitySum()).hasValue(0.0);
  }
}
