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

  @Test
  void phasenbottReadsCyclesAndCopiersInTheRightPhase() {
    assertThat(RoshamboMatch.rowReturn("phasenbott", "rotatebot", 2, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("phasenbott", "copybot", 2, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("phasenbott", "randbot", 2, 20)).isBetween(-25.0, 25.0);
  }

  @Test
  void multibotPlaysItsBestScoringStrategy() {
    // beat-last and beat-most-frequent win every throw against rockbot
    assertThat(RoshamboMatch.rowReturn("multibot", "rockbot", 2, 3)).isGreaterThan(990);
    // the joint-history matcher reads rotatebot, the anti-copy strategy copybot
    assertThat(RoshamboMatch.rowReturn("multibot", "rotatebot", 2, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("multibot", "copybot", 2, 3)).isGreaterThan(950);
  }

  @Test
  void zqMovePredictsFromTheLastJointThrow() {
    // rotatebot's and copybot's next throws are functions of the last joint throw
    assertThat(RoshamboMatch.rowReturn("zq_move", "rotatebot", 2, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("zq_move", "copybot", 2, 3)).isGreaterThan(950);
    // no bias to use against randbot: it plays randomly
    assertThat(RoshamboMatch.rowReturn("zq_move", "randbot", 2, 20)).isBetween(-25.0, 25.0);
  }

  @Test
  void mixedStrategyFollowsItsScoringPredictors() {
    assertThat(RoshamboMatch.rowReturn("mixed_strategy", "rockbot", 2, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("mixed_strategy", "rotatebot", 2, 3)).isGreaterThan(900);
    assertThat(RoshamboMatch.rowReturn("mixed_strategy", "randbot", 2, 20)).isBetween(-25.0, 25.0);
  }

  @Test
  void sunCrazybotSwitchesUntilItFindsAWinningStrategy() {
    // every strategy but random beats rockbot for good; random loses and gets switched away
    assertThat(RoshamboMatch.rowReturn("sunCrazybot", "rockbot", 2, 5)).isGreaterThan(900);
    assertThat(RoshamboMatch.rowReturn("sunCrazybot", "copybot", 2, 5)).isGreaterThan(500);
  }

  @Test
  void sunNervebotExploitsPatternsAndRetreatsWhenBeaten() {
    assertThat(RoshamboMatch.rowReturn("sunNervebot", "rotatebot", 2, 3)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("sunNervebot", "copybot", 2, 3)).isGreaterThan(950);
    // iocainebot reads it, but the random retreats keep the loss far from total
    assertThat(RoshamboMatch.rowReturn("sunNervebot", "iocainebot", 2, 2)).isBetween(-400.0, 0.0);
  }
}
