package org.agora.games.repeated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.junit.jupiter.api.Test;

/** The repeated transform over the zoo's stage games: sizes are checked before the stage table is built. */
class RepeatedStageSizeTest {

  @Test
  void aStageWhoseJointActionsOverflowAnIntIsRefused() {
    // 30^10 joint actions: the int product wrapped around and the table allocation threw
    // NegativeArraySizeException.
    assertThatThrownBy(() -> GameRegistry.create(
        "repeated(stage=goofspiel(num_cards=30,players=10,points_order=descending),rounds=3)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("has 590490000000000 joint actions, too many to tabulate; allowed: players x joint actions <= 4000000");
  }

  @Test
  void theLargestRandomStageWithinTheLimitIsAccepted() {
    Game game = GameRegistry.create("repeated(stage=random_normal_form(strategies=1414),rounds=1000000,recall=5932)");
    assertThat(game.actionCount()).isEqualTo(1414);
    assertThatThrownBy(() -> GameRegistry.create(
        "repeated(stage=random_normal_form(strategies=1414),rounds=1000000,recall=5933)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("allowed: at most 16777216, so recall <= 5932");
  }
}
