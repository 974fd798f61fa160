package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.normalform.NormalFormGame;
import org.agora.core.transform.RepeatedGame;
import org.agora.core.transform.TurnBasedGame;
import org.junit.jupiter.api.Test;

/** Creating games from strings, with the transforms core registers and a test-only stage game. */
class GameRegistryTest {

  @Test
  void listsRegisteredGamesSorted() {
    assertThat(GameRegistry.names()).contains("repeated", "test_matching_pennies", "turn_based").isSorted();
    assertThat(GameRegistry.providers()).extracting(GameProvider::name).isEqualTo(GameRegistry.names());
    assertThat(GameRegistry.provider("repeated").description()).isNotBlank();
  }

  @Test
  void unknownGameSuggestsCloseNames() {
    int known = GameRegistry.names().size();
    assertThatThrownBy(() -> GameRegistry.create("test_matching_penny"))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("unknown game 'test_matching_penny' (did you mean test_matching_pennies?); 'agora games' lists the "
            + known + " known games");
    assertThatThrownBy(() -> GameRegistry.create("turnbased(game=x)"))
        .hasMessageStartingWith("unknown game 'turnbased' (did you mean turn_based?)");
    assertThatThrownBy(() -> GameRegistry.create("chess"))
        .hasMessage("unknown game 'chess'; 'agora games' lists the " + known + " known games");
  }

  @Test
  void createsAGameWithItsCanonicalName() {
    Game game = GameRegistry.create("test_matching_pennies( stake = 3 )");
    assertThat(game).isInstanceOf(NormalFormGame.class);
    assertThat(game.name()).isEqualTo("test_matching_pennies(stake=3)");
    assertThat(game.maxUtility()).isEqualTo(3.0);
    assertThat(GameRegistry.create("test_matching_pennies").name()).isEqualTo("test_matching_pennies(stake=1)");
  }

  @Test
  void createsRepeatedGames() {
    Game game = GameRegistry.create("repeated(stage=test_matching_pennies(stake=2),rounds=5,recall=2)");
    assertThat(game).isInstanceOf(RepeatedGame.class);
    RepeatedGame repeated = (RepeatedGame) game;
    assertThat(repeated.rounds()).isEqualTo(5);
    assertThat(repeated.recall()).isEqualTo(2);
    assertThat(repeated.continuation()).isEqualTo(1.0);
    assertThat(repeated.stage().name()).isEqualTo("test_matching_pennies(stake=2)");
    assertThat(game.name())
        .isEqualTo("repeated(stage=test_matching_pennies(stake=2),rounds=5,recall=2,continuation=1.0)");
    assertThat(GameRegistry.create(game.name()).name()).isEqualTo(game.name());
  }

  @Test
  void createsTurnBasedGames() {
    Game game = GameRegistry.create("turn_based(game=repeated(stage=test_matching_pennies,rounds=2))");
    assertThat(game).isInstanceOf(TurnBasedGame.class);
    assertThat(((TurnBasedGame) game).inner()).isInstanceOf(RepeatedGame.class);
    assertThat(game.name()).isEqualTo(
        "turn_based(game=repeated(stage=test_matching_pennies(stake=1),rounds=2,recall=1,continuation=1.0))");
    assertThat(GameRegistry.create(game.name()).name()).isEqualTo(game.name());
  }

  @Test
  void badNestedParametersAreReportedForTheNestedGame() {
    assertThatThrownBy(() -> GameRegistry.create("repeated(stage=test_matching_pennies(stake=0))"))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("test_matching_pennies: parameter 'stake' value '0' is out of range; allowed: integer in [1, 100]");
    assertThatThrownBy(() -> GameRegistry.create("repeated(rounds=3)"))
        .hasMessage("repeated: parameter 'stage' is required; allowed: a game string such as rock_paper_scissors");
    assertThatThrownBy(() -> GameRegistry.create("repeated(stage=test_matching_pennies,rounds=3,recall=4)"))
        .hasMessage("repeated: recall 4 must be in [1, rounds=3]");
    assertThatThrownBy(() -> GameRegistry.create("repeated(stage=turn_based(game=test_matching_pennies))"))
        .hasMessageContaining("must be a chance-free one-shot simultaneous game");
    assertThatThrownBy(() -> GameRegistry.create("test_matching_pennies(stake=2"))
        .hasMessage("bad game string 'test_matching_pennies(stake=2': expected ',' or ')' at the end");
  }
}
