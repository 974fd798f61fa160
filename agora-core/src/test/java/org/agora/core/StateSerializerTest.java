package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.transform.RepeatedGame;
import org.agora.core.transform.TurnBasedGame;
import org.junit.jupiter.api.Test;

class StateSerializerTest {

  private static final String REPEATED = "repeated(stage=test_matching_pennies(stake=1),rounds=3,recall=1,continuation=0.5)";

  @Test
  void writesTheGameStringAndTheHistory() {
    State state = GameRegistry.create(REPEATED).newInitialState();
    state.apply(new int[] {0, 1});
    state.apply(1);
    state.apply(new int[] {1, 1});
    assertThat(StateSerializer.serialize(state)).isEqualTo(REPEATED + "\n0 1 1 1 1");
    assertThat(StateSerializer.serialize(GameRegistry.create(REPEATED).newInitialState())).isEqualTo(REPEATED + "\n");
  }

  @Test
  void roundTripsThroughTheRegistry() {
    State state = GameRegistry.create(REPEATED).newInitialState();
    state.apply(new int[] {0, 1});
    state.apply(1);
    State restored = StateSerializer.deserialize(StateSerializer.serialize(state));
    assertThat(restored.game().name()).isEqualTo(REPEATED);
    assertThat(restored.history()).containsExactly(state.history());
    assertThat(restored.turn()).isEqualTo(state.turn());
    assertThat(restored.returns()).containsExactly(state.returns());
    assertThat(restored.informationStateKey(1)).isEqualTo(state.informationStateKey(1));
    assertThat(StateSerializer.deserialize(REPEATED).historyLength()).isZero();
  }

  @Test
  void replaysOnAnUnregisteredGame() {
    Game game = new TurnBasedGame(TestGames.rockPaperScissors());
    State state = StateSerializer.replay(game, " 2, 1 ");
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).as("scissors beats paper").containsExactly(1.0, -1.0);
    assertThat(StateSerializer.replay(game, new int[] {2}).turn()).isEqualTo(Turn.decision(1));
  }

  @Test
  void illegalMovesAreRejectedNamingTheEntry() {
    Game pennies = TestGames.matchingPennies();
    assertThatThrownBy(() -> StateSerializer.replay(pennies, "0 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("history entry 2 = 2 is not a legal move of player 1");
    assertThatThrownBy(() -> StateSerializer.replay(new TurnBasedGame(pennies), "-1"))
        .hasMessage("history entry 1 = -1 is not a legal move of player 0");
    Game repeated = new RepeatedGame(pennies, 3, 1, 0.5);
    assertThatThrownBy(() -> StateSerializer.replay(repeated, "0 0 7"))
        .hasMessage("history entry 3 = 7 is not a legal move of chance");
    assertThatThrownBy(() -> StateSerializer.replay(new RepeatedGame(pennies, 3, 1, 0.0), "0 0 1"))
        .as("a continuation of probability 0 is not a legal outcome")
        .hasMessage("history entry 3 = 1 is not a legal move of chance");
  }

  @Test
  void malformedHistoriesAreRejectedNamingTheEntry() {
    Game pennies = TestGames.matchingPennies();
    assertThatThrownBy(() -> StateSerializer.replay(pennies, "0 x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("history entry 2 'x' is not an integer");
    assertThatThrownBy(() -> StateSerializer.replay(pennies, "99999999999 0"))
        .hasMessage("history entry 1 '99999999999' is not an integer");
    assertThatThrownBy(() -> StateSerializer.replay(pennies, "0 1 0"))
        .hasMessage("history continues after the game ended at entry 3");
    assertThatThrownBy(() -> StateSerializer.replay(pennies, "1"))
        .hasMessage("history ends inside a simultaneous move at entry 1");
    assertThatThrownBy(() -> StateSerializer.deserialize("no_such_game\n0 0"))
        .isInstanceOf(GameSpecException.class).hasMessageStartingWith("unknown game 'no_such_game'");
  }
}
