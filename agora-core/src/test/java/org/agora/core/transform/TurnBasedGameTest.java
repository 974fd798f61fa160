package org.agora.core.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.core.TestGames;
import org.agora.core.Turn;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

class TurnBasedGameTest {

  @Test
  void declaresASequentialImperfectInformationGame() {
    TurnBasedGame game = new TurnBasedGame(TestGames.matchingPennies());
    assertThat(game.name()).isEqualTo("turn_based(game=matching_pennies)");
    assertThat(game.type()).isEqualTo(new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.NONE,
        GameType.Information.IMPERFECT, GameType.Utility.ZERO_SUM));
    assertThat(game.maxGameLength()).isEqualTo(2);
    assertThat(game.utilitySum()).hasValue(0.0);
    assertThat(game.inner().name()).isEqualTo("matching_pennies");
    assertThat(game.playerName(0)).isEqualTo("row");
  }

  @Test
  void playersActInTurn() {
    State state = new TurnBasedGame(TestGames.matchingPennies()).newInitialState();
    int[] legal = new int[2];
    assertThat(state.turn()).isEqualTo(Turn.decision(0));
    assertThat(state.legalActions(0, legal)).isEqualTo(2);
    assertThat(state.legalActions(1, legal)).isZero();
    state.apply(1);
    assertThat(state.turn()).isEqualTo(Turn.decision(1));
    assertThat(state.legalActions(0, legal)).isZero();
    assertThat(state.legalActions(legal)).isEqualTo(2);
    state.apply(0);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.history()).containsExactly(1, 0);
  }

  @Test
  void laterPlayersCannotSeeEarlierChoices() {
    TurnBasedGame game = new TurnBasedGame(TestGames.matchingPennies());
    State heads = game.newInitialState();
    heads.apply(0);
    State tails = game.newInitialState();
    tails.apply(1);
    assertThat(heads.informationStateKey(1)).isEqualTo(tails.informationStateKey(1));
    assertThat(heads.observation(1)).isEqualTo(tails.observation(1));
    // the player who chose remembers its choice
    assertThat(heads.informationStateKey(0)).isNotEqualTo(tails.informationStateKey(0));
  }

  @Test
  void threePlayersChooseUnseenInOrder() {
    String[] two = {"a", "b"};
    NormalFormGame game = NormalFormGame.of(GameParameters.none("three"), "", new String[] {"p", "q", "r"},
        new String[][] {two, two, two}, new double[24]);
    List<String> lastPlayerKeys = new ArrayList<>();
    for (int first = 0; first < 2; first++) {
      for (int second = 0; second < 2; second++) {
        State state = new TurnBasedGame(game).newInitialState();
        state.apply(first);
        state.apply(second);
        assertThat(state.currentPlayer()).isEqualTo(2);
        lastPlayerKeys.add(state.informationStateKey(2));
      }
    }
    assertThat(lastPlayerKeys).containsOnly(lastPlayerKeys.get(0));
  }

  @Test
  void returnsEqualTheSimultaneousGame() {
    NormalFormGame inner = TestGames.rockPaperScissors();
    Game turnBased = new TurnBasedGame(inner);
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 3; column++) {
        State sequential = turnBased.newInitialState();
        sequential.apply(row);
        sequential.apply(column);
        State simultaneous = inner.newInitialState();
        simultaneous.apply(new int[] {row, column});
        assertThat(sequential.returns()).containsExactly(simultaneous.returns());
        assertThat(sequential.history()).containsExactly(simultaneous.history());
      }
    }
  }

  @Test
  void chanceNodesOfTheInnerGamePassThrough() {
    TurnBasedGame game = new TurnBasedGame(new RepeatedGame(TestGames.matchingPennies(), 2, 1, 0.5));
    assertThat(game.type().chance()).isEqualTo(GameType.Chance.EXPLICIT);
    assertThat(game.maxGameLength()).isEqualTo(6);
    State state = game.newInitialState();
    state.apply(0);
    state.apply(0);
    assertThat(state.turn()).isEqualTo(Turn.CHANCE);
    int[] outcomes = new int[2];
    double[] probabilities = new double[2];
    assertThat(state.chanceOutcomes(outcomes, probabilities)).isEqualTo(2);
    assertThat(probabilities).containsExactly(0.5, 0.5);
    assertThat(state.chanceOutcomeToString(1)).isEqualTo("continue");
    state.apply(1);
    assertThat(state.turn()).isEqualTo(Turn.decision(0));
    State copy = state.copy();
    copy.apply(1);
    copy.apply(1);
    assertThat(state.turn()).isEqualTo(Turn.decision(0));
    assertThat(copy.isTerminal()).isTrue();
    assertThat(copy.returns()).containsExactly(2.0, -2.0);
    assertThat(copy.history()).containsExactly(0, 0, 1, 1, 1);
  }

  @Test
  void forwardsExactValuesOfAnExactGameAndOnlyThen() {
    TurnBasedGame game = new TurnBasedGame(TestGames.prisonersDilemma());
    org.agora.core.ExactValues exact = game.ability(org.agora.core.ExactValues.class).orElseThrow();
    State state = game.newInitialState();
    state.apply(1);
    State copy = state.copy();
    copy.apply(0);
    for (int p = 0; p < 2; p++) {
      assertThat(exact.exactReturn(copy, p).doubleValue()).isEqualTo(copy.returns(p));
    }
    TurnBasedGame notExact = new TurnBasedGame(new RepeatedGame(TestGames.matchingPennies(), 2, 1, 1.0));
    assertThat(notExact.ability(org.agora.core.ExactValues.class)).isEmpty();
  }
}
