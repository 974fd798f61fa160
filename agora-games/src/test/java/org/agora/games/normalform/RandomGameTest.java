package org.agora.games.normalform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.normalform.NormalFormGame;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.api.Test;

class RandomGameTest {

  private static NormalFormGame create(String text) {
    return (NormalFormGame) GameRegistry.create(text);
  }

  @Test
  void theSameSeedGivesTheSameGameAndTheNameRecreatesIt() {
    NormalFormGame game = create("random_normal_form(strategies=5,seed=7)");
    NormalFormGame again = create(game.name());
    assertThat(again.payoffTensor()).containsExactly(game.payoffTensor());
    assertThat(create("random_normal_form(strategies=5,seed=8)").payoffTensor()).isNotEqualTo(game.payoffTensor());
    assertThat(game.strategyCounts()).containsExactly(5, 5);
  }

  @Test
  void integerPayoffsLieInZeroToNinetyNine() {
    NormalFormGame game = create("random_normal_form(players=3,strategies=4,seed=1)");
    for (double payoff : game.payoffTensor()) {
      assertThat(payoff).isBetween(0.0, 99.0).isEqualTo(Math.rint(payoff));
    }
  }

  @Test
  void zeroSumGamesAreDeclaredSoAndNeedTwoPlayers() {
    NormalFormGame game = create("random_normal_form(strategies=6,payoffs=zero_sum,seed=3)");
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    assertThatThrownBy(() -> create("random_normal_form(players=3,payoffs=zero_sum)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("allowed: 2");
    assertThatThrownBy(() -> create("random_normal_form(players=8,strategies=2000)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("at most 4000000");
  }

  @Test
  void conforms() {
    GameConformance.assertConforms(create("random_normal_form(players=3,strategies=3,payoffs=real,seed=2)"));
  }
}
