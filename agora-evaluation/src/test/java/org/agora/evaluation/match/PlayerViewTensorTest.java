package org.agora.evaluation.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.InformationStateIds;
import org.agora.core.InformationStateTensorWriter;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.PlayerView;
import org.agora.core.State;
import org.junit.jupiter.api.Test;

/** A view writes the game's own tensors and id for its player, and says clearly when there are none. */
class PlayerViewTensorTest {

  static int size(int[] shape) {
    return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
  }

  @Test
  void theViewWritesWhatTheGamesWritersWriteForItsPlayerAtAnOffset() {
    Game leduc = GameRegistry.create("leduc_poker");
    ObservationTensorWriter observation = leduc.ability(ObservationTensorWriter.class).orElseThrow();
    InformationStateTensorWriter information = leduc.ability(InformationStateTensorWriter.class).orElseThrow();
    InformationStateIds ids = leduc.ability(InformationStateIds.class).orElseThrow();
    SplittableRandom random = new SplittableRandom(20261207);
    int[] legal = new int[leduc.actionCount()];
    int checked = 0;
    for (int episode = 0; episode < 50; episode++) {
      State state = leduc.newInitialState();
      while (!state.isTerminal()) {
        for (int player = 0; player < leduc.playerCount(); player++) {
          PlayerView view = PlayerView.of(state, player);
          float[] expected = new float[3 + observation.size()];
          float[] actual = new float[3 + observation.size()];
          Arrays.fill(actual, -7f);
          Arrays.fill(expected, -7f);
          observation.write(state, player, expected, 3);
          view.observationTensor(actual, 3);
          assertThat(actual).containsExactly(expected);
          float[] expectedInformation = new float[information.size()];
          float[] actualInformation = new float[information.size()];
          information.write(state, player, expectedInformation, 0);
          view.informationStateTensor(actualInformation, 0);
          assertThat(actualInformation).containsExactly(expectedInformation);
          assertThat(view.informationStateId()).hasValue(ids.id(state, player));
          assertThat(view.observationTensorShape()).hasValueSatisfying(shape -> assertThat(size(shape)).isEqualTo(observation.size()));
          checked++;
        }
        if (state.isChanceNode()) {
          state.apply(state.sampleChanceOutcome(random));
        } else {
          int count = state.legalActions(legal);
          state.apply(legal[random.nextInt(count)]);
        }
      }
    }
    assertThat(checked).isGreaterThan(200);
  }

  @Test
  void aGameWithoutATensorSaysSo() {
    Game game = GameRegistry.create("bargaining");
    PlayerView view = PlayerView.of(game.newInitialState(), 0);

    assertThat(view.observationTensorShape()).isEmpty();
    assertThat(view.informationStateTensorShape()).isEmpty();
    assertThatThrownBy(() -> view.observationTensor(new float[1], 0))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage(game.name() + " offers no observation tensor");
    assertThatThrownBy(() -> view.informationStateTensor(new float[1], 0))
        .hasMessage(game.name() + " offers no information-state tensor");
  }
}
