package org.agora.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.TestGames;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

/** The reduced normal form in agora-core, without agora-io (Gambit files are tested there). */
class ReducedNormalFormTest {

  @Test
  void aNormalFormGameIsItsOwnReducedForm() {
    NormalFormGame pennies = TestGames.matchingPennies();

    assertThat(ReducedNormalForm.of(pennies, 100)).isSameAs(pennies);
  }

  @Test
  void theTurnBasedViewReducesBackToTheStageGame() {
    Game turnBased = GameRegistry.create("turn_based(game=test_matching_pennies(stake=3))");

    NormalFormGame reduced = ReducedNormalForm.of(turnBased, 100);

    assertThat(reduced.name()).isEqualTo("reduced_normal_form(game=" + turnBased.name() + ")");
    assertThat(reduced.strategyCounts()).containsExactly(2, 2);
    assertThat(reduced.strategyName(0, 1)).isEqualTo("2");
    NormalFormGame stage = TestGames.matchingPennies(GameParameters.none("stage"), 3);
    for (int profile = 0; profile < 4; profile++) {
      for (int player = 0; player < 2; player++) {
        assertThat(reduced.exactPayoff(player, profile)).isEqualTo(Rational.of((long) stage.payoff(player, profile)));
      }
    }
  }

  @Test
  void theProviderIsRegisteredByCoreAndTheNodeLimitHolds() {
    Game reduced = GameRegistry.create("reduced_normal_form(game=repeated(stage=test_matching_pennies,rounds=2))");

    assertThat(reduced).isInstanceOf(NormalFormGame.class);
    // Player 0 has one information set in round 1 and two in round 2 (one per opponent move): 2 * 2 * 2.
    assertThat(((NormalFormGame) reduced).strategyCount(0)).isEqualTo(8);
    assertThatThrownBy(() -> ReducedNormalForm.of(GameRegistry.create("repeated(stage=test_matching_pennies,rounds=2)"), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has more than 10 nodes");
  }
}
