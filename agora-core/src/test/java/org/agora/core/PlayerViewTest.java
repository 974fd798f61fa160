package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.agora.core.transform.TurnBasedGame;
import org.junit.jupiter.api.Test;

/** {@link PlayerView} shows one player's side of a state and nothing that reaches the state. */
class PlayerViewTest {

  private final Game game = new TurnBasedGame(TestGames.rockPaperScissors());

  @Test
  void showsThePlayersSideAndFollowsTheState() {
    State state = game.newInitialState();
    PlayerView first = PlayerView.of(state, 0);
    PlayerView second = PlayerView.of(state, 1);
    int[] legal = new int[game.actionCount()];

    assertThat(first.game()).isSameAs(game);
    assertThat(first.player()).isZero();
    assertThat(first.isPlayersTurn()).isTrue();
    assertThat(second.isPlayersTurn()).isFalse();
    assertThat(first.legalActions(legal)).isEqualTo(3);
    assertThat(second.legalActions(legal)).isZero();
    assertThat(first.actionToString(1)).isEqualTo(state.actionToString(0, 1));
    assertThat(first.informationStateKey()).isEqualTo(state.informationStateKey(0));
    assertThat(first.observation()).isEqualTo(state.observation(0));

    state.apply(0);
    state.apply(1);
    assertThat(first.isTerminal()).isTrue();
    assertThat(first.isPlayersTurn()).isFalse();
    assertThat(first.returns()).isEqualTo(-1.0);
    assertThat(second.returns()).isEqualTo(1.0);
  }

  @Test
  void rejectsAPlayerTheGameDoesNotHave() {
    assertThatThrownBy(() -> PlayerView.of(game.newInitialState(), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("player 2 is not a player of " + game.name() + "; allowed: 0 to 1");
  }

  @Test
  void exposesNothingThatReachesTheState() {
    assertThat(Modifier.isFinal(PlayerView.class.getModifiers())).isTrue();
    assertThat(PlayerView.class.getConstructors()).isEmpty();
    for (Method method : PlayerView.class.getMethods()) {
      assertThat(method.getReturnType()).as(method.toString()).isNotEqualTo(State.class);
      assertThat(State.class.isAssignableFrom(method.getReturnType())).as(method.toString()).isFalse();
    }
    assertThat(Arrays.stream(PlayerView.class.getDeclaredFields()).filter(field -> field.getType() == State.class))
        .allMatch(field -> Modifier.isPrivate(field.getModifiers()));
    assertThat(Arrays.stream(PlayerView.class.getMethods()).map(Method::getName))
        .doesNotContain("history", "copy", "chanceOutcomes", "state");
  }

  @Test
  void actHandsAViewAgentOnlyItsView() {
    State state = game.newInitialState();
    PlayerView[] seen = new PlayerView[1];
    ViewAgent viewAgent = new ViewAgent() {
      @Override
      public int player() {
        return 0;
      }

      @Override
      public int step(PlayerView view) {
        seen[0] = view;
        return 2;
      }
    };
    StateAgent stateAgent = new StateAgent() {
      @Override
      public int player() {
        return 0;
      }

      @Override
      public int step(State given) {
        assertThat(given).isSameAs(state);
        return 1;
      }
    };

    assertThat(Agent.act(viewAgent, state)).isEqualTo(2);
    assertThat(seen[0].player()).isZero();
    assertThat(seen[0].informationStateKey()).isEqualTo(state.informationStateKey(0));
    assertThat(Agent.act(stateAgent, state)).isEqualTo(1);
  }
}
