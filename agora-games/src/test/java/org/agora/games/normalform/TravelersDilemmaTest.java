package org.agora.games.normalform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

class TravelersDilemmaTest {

  @Test
  void defaultGameHasClaimsTwoToHundred() {
    NormalFormGame game = (NormalFormGame) GameRegistry.create("travelers_dilemma");
    assertThat(game.name()).isEqualTo("travelers_dilemma(min_claim=2,max_claim=100,bonus=2)");
    assertThat(game.strategyCount(0)).isEqualTo(99);
    assertThat(game.strategyName(0, 0)).isEqualTo("2");
    assertThat(game.strategyName(1, 98)).isEqualTo("100");
  }

  @Test
  void payoffsByHand() {
    NormalFormGame game = TravelersDilemmaProvider.create(2, 100, 2);
    // claims 50 and 80: lower claimant gets 52, the other 48
    int profile = game.profileIndex(new int[] {48, 78});
    assertThat(game.payoff(0, profile)).isEqualTo(52);
    assertThat(game.payoff(1, profile)).isEqualTo(48);
    int equal = game.profileIndex(new int[] {98, 98});
    assertThat(game.payoff(0, equal)).isEqualTo(100);
    assertThat(game.payoff(1, equal)).isEqualTo(100);
  }

  @Test
  void minimumClaimsAreTheOnlyPureEquilibrium() {
    for (int bonus : new int[] {2, 3}) {
      NormalFormGame game = TravelersDilemmaProvider.create(2, 12, bonus);
      int count = game.strategyCount(0);
      for (int i = 0; i < count; i++) {
        for (int j = 0; j < count; j++) {
          boolean equilibrium = Equilibria.isPureEquilibrium(game, new int[] {i, j});
          assertThat(equilibrium).as("claims %d, %d with bonus %d", i + 2, j + 2, bonus).isEqualTo(i == 0 && j == 0);
        }
      }
    }
  }

  @Test
  void bonusOfOneMakesEveryEqualPairAnEquilibrium() {
    NormalFormGame game = TravelersDilemmaProvider.create(0, 5, 1);
    for (int i = 0; i < 6; i++) {
      assertThat(Equilibria.isPureEquilibrium(game, new int[] {i, i})).isTrue();
    }
  }

  @Test
  void badParametersAreNamed() {
    assertThatThrownBy(() -> GameRegistry.create("travelers_dilemma(min_claim=10,max_claim=5)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'max_claim' value 5 must be greater than min_claim=10");
    assertThatThrownBy(() -> GameRegistry.create("travelers_dilemma(max_claim=5000)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'max_claim' value 5000")
        .hasMessageContaining("at most 1001");
    assertThatThrownBy(() -> GameRegistry.create("travelers_dilemma(bonus=0)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'bonus' value '0' is out of range");
  }
}
