package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GameInfoTest {

  private static final GameType CHANCE_FREE = new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.NONE,
      GameType.Information.PERFECT, GameType.Utility.ZERO_SUM);

  @Test
  void holdsTheFactsAndRejectsImpossibleOnes() {
    GameInfo info = new GameInfo(CHANCE_FREE, 2, 9, 0, -1, 1, 9);
    assertThat(info.playerCount()).isEqualTo(2);
    assertThat(info.maxGameLength()).isEqualTo(9);
    assertThatThrownBy(() -> new GameInfo(CHANCE_FREE, 0, 9, 0, -1, 1, 9))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("playerCount 0 must be at least 1");
    assertThatThrownBy(() -> new GameInfo(CHANCE_FREE, 2, -1, 0, -1, 1, 9))
        .hasMessage("actionCount -1 must be at least 0");
    assertThatThrownBy(() -> new GameInfo(CHANCE_FREE, 2, 9, 3, -1, 1, 9))
        .hasMessage("maxChanceOutcomes 3 must be 0 in a game without chance");
    assertThatThrownBy(() -> new GameInfo(CHANCE_FREE, 2, 9, -1, -1, 1, 9))
        .hasMessage("maxChanceOutcomes -1 must be at least 0");
    assertThatThrownBy(() -> new GameInfo(CHANCE_FREE, 2, 9, 0, 2, 1, 9))
        .hasMessage("minUtility 2.0 must not exceed maxUtility 1.0");
    assertThatThrownBy(() -> new GameInfo(CHANCE_FREE, 2, 9, 0, Double.NaN, 1, 9))
        .hasMessage("utility bounds [NaN, 1.0] must be finite");
    assertThatThrownBy(() -> new GameInfo(CHANCE_FREE, 2, 9, 0, -1, 1, -2))
        .hasMessage("maxGameLength -2 must be at least 0");
    assertThatThrownBy(() -> new GameInfo(null, 2, 9, 0, -1, 1, 9)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void abilitiesAreFoundByTypeAndAbsentByDefault() {
    InformationStateIds ids = new InformationStateIds() {
      @Override
      public int idCount(int player) {
        return 1;
      }

      @Override
      public int id(State state, int player) {
        return 0;
      }
    };
    GameAbilities abilities = GameAbilities.of(ids);
    assertThat(abilities.find(InformationStateIds.class)).containsSame(ids);
    assertThat(abilities.find(ExactValues.class)).isEqualTo(Optional.empty());
    assertThat(abilities.offers(InformationStateIds.class)).isTrue();
    assertThat(abilities.all()).containsExactly(ids);
    assertThat(GameAbilities.of()).isSameAs(GameAbilities.NONE);
    assertThatThrownBy(() -> GameAbilities.of(ids, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("ability 1");
  }
}
