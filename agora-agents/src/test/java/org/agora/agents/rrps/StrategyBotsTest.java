package org.agora.agents.rrps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrategyBotsTest {

  @Test
  void iocainebotCrushesPredictableBotsAndHoldsRandbot() {
    assertThat(RoshamboMatch.rowReturn("iocainebot", "rotatebot", 1, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("iocainebot", "copybot", 1, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("iocainebot", "rockbot", 1, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("iocainebot", "randbot", 1, 20)).isBetween(-25.0, 25.0);
  }

  @Test
  void greenbergCrushesPredictableBotsAndHoldsRandbot() {
    assertThat(RoshamboMatch.rowReturn("greenberg", "rotatebot", 1, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("greenberg", "copybot", 1, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("greenberg", "rockbot", 1, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("greenberg", "randbot", 1, 20)).isBetween(-25.0, 25.0);
  }
}
