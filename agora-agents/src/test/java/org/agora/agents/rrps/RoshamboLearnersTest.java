package org.agora.agents.rrps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.AgentRegistry;
import org.agora.core.GameSpecException;
import org.junit.jupiter.api.Test;

class RoshamboLearnersTest {

  @Test
  void theLearnersAreAFamilyOfTheirOwnOutsideThePopulation() {
    assertThat(AgentRegistry.family("rrps_learners"))
        .containsExactly("rrps_hedge", "rrps_ngram", "rrps_qlearning", "rrps_regret_matching");
    assertThat(AgentRegistry.family("rrps")).doesNotContain("rrps_hedge", "rrps_ngram", "rrps_qlearning", "rrps_regret_matching");
  }

  @Test
  void everyLearnerBeatsRockbotClearly() {
    assertThat(RoshamboMatch.rowReturn("rrps_regret_matching", "rockbot", 4, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("rrps_hedge", "rockbot", 4, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("rrps_ngram", "rockbot", 4, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("rrps_qlearning", "rockbot", 4, 3)).isGreaterThan(600);
  }

  @Test
  void hedgeWithoutALearningRatePlaysUniformly() {
    // eta = 0 keeps the weights equal: nothing is won against rockbot (sd about 26 per match)
    assertThat(RoshamboMatch.rowReturn("rrps_hedge(eta=0)", "rockbot", 4, 20)).isBetween(-25.0, 25.0);
    assertThat(RoshamboMatch.rowReturn("rrps_hedge(eta=0.5)", "rockbot", 4, 3)).isGreaterThan(990);
  }

  @Test
  void contextLearnersReadSequencesThatFrequencyLearnersCannot() {
    // rotatebot is uniform in frequency, so the no-regret learners gain nothing from it
    assertThat(RoshamboMatch.rowReturn("rrps_hedge", "rotatebot", 4, 5)).isBetween(-60.0, 30.0);
    assertThat(RoshamboMatch.rowReturn("rrps_ngram", "rotatebot", 4, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("rrps_ngram(n=1)", "copybot", 4, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("rrps_qlearning(k=2)", "rotatebot", 4, 3)).isGreaterThan(500);
  }

  @Test
  void optionsOutsideTheirRangesAreRefused() {
    assertThatThrownBy(() -> AgentRegistry.create("rrps_ngram(n=9)", RoshamboMatch.GAME, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("n");
    assertThatThrownBy(() -> AgentRegistry.create("rrps_hedge(eta=-1)", RoshamboMatch.GAME, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("eta");
  }
}
