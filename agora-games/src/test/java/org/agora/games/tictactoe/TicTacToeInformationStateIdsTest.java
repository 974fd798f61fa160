package org.agora.games.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.agora.core.InformationStateIds;
import org.agora.core.State;
import org.agora.core.StateEnumerator;
import org.junit.jupiter.api.Test;

class TicTacToeInformationStateIdsTest {

  private final TicTacToeGame game = new TicTacToeGame();
  private final InformationStateIds ids = game.ability(InformationStateIds.class).orElseThrow();

  @Test
  void idReadsTheBoardInBaseThree() {
    State state = game.newInitialState();
    assertThat(ids.id(state, 0)).isZero();
    state.apply(0);
    state.apply(4);
    state.apply(8);
    // x at cells 0 and 8 (1 each), o at cell 4 (2)
    assertThat(ids.id(state, 1)).isEqualTo(1 + 2 * 81 + 6_561).isEqualTo(ids.id(state, 0));
    assertThat(ids.idCount(0)).isEqualTo(19_683);
  }

  @Test
  void everyReachableBoardHasItsOwnId() {
    Map<String, Integer> idByKey = new HashMap<>();
    Map<Integer, String> keyById = new HashMap<>();
    boolean complete = StateEnumerator.walk(game, 1_000_000, (state, depth) -> {
      String key = state.informationStateKey(0);
      int id = ids.id(state, 0);
      assertThat(idByKey.computeIfAbsent(key, k -> id)).isEqualTo(id);
      assertThat(keyById.computeIfAbsent(id, k -> key)).isEqualTo(key);
    });
    assertThat(complete).isTrue();
    assertThat(idByKey).hasSize(5_478);
  }
}
