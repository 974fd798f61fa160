package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TurnAndTypeTest {

  @Test
  void decisionTurnsAreCachedForSmallPlayerIds() {
    assertThat(Turn.decision(3)).isSameAs(Turn.decision(3));
    assertThat(Turn.decision(500)).isEqualTo(Turn.decision(500));
    assertThat(Turn.decision(2)).hasToString("player 2");
    assertThatThrownBy(() -> Turn.decision(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("player id must be >= 0, got -1");
    assertThat(Turn.CHANCE).hasToString("chance");
    assertThat(Turn.SIMULTANEOUS).hasToString("simultaneous");
    assertThat(Turn.TERMINAL).hasToString("terminal");
  }

  @Test
  void currentPlayerThrowsOffDecisionNodes() {
    State state = TestGames.matchingPennies().newInitialState();
    assertThatThrownBy(state::currentPlayer).isInstanceOf(IllegalStateException.class)
        .hasMessage("no single player moves at a simultaneous node");
    assertThatThrownBy(() -> state.sampleChanceOutcome(new java.util.SplittableRandom(1)))
        .isInstanceOf(IllegalStateException.class).hasMessage("not a chance node: simultaneous");
  }

  @Test
  void gameTypesDescribeThemselves() {
    assertThat(new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.EXPLICIT, GameType.Information.IMPERFECT,
        GameType.Utility.ZERO_SUM).describe()).isEqualTo("sequential, explicit chance, imperfect information, zero-sum");
    assertThat(new GameType(GameType.Dynamics.MEAN_FIELD, GameType.Chance.SAMPLED, GameType.Information.PERFECT,
        GameType.Utility.CONSTANT_SUM).describe()).isEqualTo("mean-field, sampled chance, perfect information, constant-sum");
    assertThatThrownBy(() -> new GameType(null, GameType.Chance.NONE, GameType.Information.PERFECT,
        GameType.Utility.IDENTICAL)).isInstanceOf(NullPointerException.class).hasMessage("dynamics");
  }
}
