package org.agora.agents.rrps;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.core.AgentRegistry;
import org.junit.jupiter.api.Test;

class PatternBotsTest {

  @Test
  void everyPatternBotIsRegisteredInTheFamily() {
    for (var provider : PatternBots.BOTS) {
      assertThat(AgentRegistry.family("rrps")).contains(provider.name());
      assertThat(provider.description()).startsWith("rrps: ");
    }
  }

  @Test
  void freqbot2BeatsRockFromTheFirstThrowAndLosesToWhatBeatsItsReply() {
    // no counts yet: the most frequent throw is taken to be rock, so paper from the start
    assertThat(RoshamboMatch.rowReturn("freqbot2", "rockbot", 1, 1)).isEqualTo(1000);
    // copybot answers freqbot2's paper with scissors; freqbot2's counts follow copybot's scissors
    // and it turns to rock, so copybot does not win every throw
    assertThat(RoshamboMatch.rowReturn("freqbot2", "copybot", 1, 1)).isLessThan(0);
  }

  @Test
  void antirotnbotExploitsAConstantRotation() {
    // rotatebot always goes up by one: after two throws anti-rotn predicts every throw
    assertThat(RoshamboMatch.rowReturn("antirotnbot", "rotatebot", 1, 1)).isGreaterThan(990);
    // a repeated throw is rotation 0
    assertThat(RoshamboMatch.rowReturn("antirotnbot", "rockbot", 1, 1)).isGreaterThan(990);
  }

  @Test
  void antirotnbotsFailSafeLimitsItsLossesToAnythingThatModelsIt() {
    // against random play there is nothing to exploit nor lose much
    assertThat(RoshamboMatch.rowReturn("antirotnbot", "randbot", 5, 20)).isBetween(-40.0, 40.0);
  }

  @Test
  void markov5LearnsAFixedCycleAfterOneContextEach() {
    // rotatebot's five-throw contexts repeat every three throws: three contexts to learn
    assertThat(RoshamboMatch.rowReturn("markov5", "rotatebot", 1, 1)).isGreaterThan(980);
    assertThat(RoshamboMatch.rowReturn("markov5", "rockbot", 1, 1)).isGreaterThan(990);
  }

  @Test
  void markovbailsStopsExploitingOnceTheMatchIsWon() {
    // it exploits rotatebot like markov5 until it leads by SAFE_LEAD, then plays randomly:
    // the lead stays near SAFE_LEAD (random play after that has sd about 26 per match)
    double lead = RoshamboMatch.rowReturn("markovbails", "rotatebot", 1, 20);
    assertThat(lead).isBetween(MarkovBails.SAFE_LEAD - 20.0, MarkovBails.SAFE_LEAD + 40.0);
  }

  @Test
  void predbotFindsTheRepeatOfACycle() {
    assertThat(RoshamboMatch.rowReturn("predbot", "rotatebot", 1, 1)).isGreaterThan(980);
    // copybot's throw is a function of predbot's last throw: the repeat of the last round predicts it
    assertThat(RoshamboMatch.rowReturn("predbot", "copybot", 1, 1)).isGreaterThan(900);
  }

  @Test
  void mod1botPicksTheModelThatExplainsTheOpponent() {
    // copybot plays what beats mod1bot's last throw: only the own-last-throw model predicts it
    assertThat(RoshamboMatch.rowReturn("mod1bot", "copybot", 1, 1)).isGreaterThan(950);
    // rotatebot is explained by its own last throw
    assertThat(RoshamboMatch.rowReturn("mod1bot", "rotatebot", 1, 1)).isGreaterThan(950);
  }

  @Test
  void halbotPredictsFromBothHistories() {
    assertThat(RoshamboMatch.rowReturn("halbot", "rotatebot", 1, 1)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("halbot", "copybot", 1, 1)).isGreaterThan(900);
    assertThat(RoshamboMatch.rowReturn("halbot", "freqbot2", 1, 1)).isGreaterThan(500);
  }

  @Test
  void biopicSwitchesToItsOwnHistoryAgainstACopier() {
    // the opponent-history model cannot explain copybot, the own-history model can
    assertThat(RoshamboMatch.rowReturn("biopic", "copybot", 1, 1)).isGreaterThan(900);
    assertThat(RoshamboMatch.rowReturn("biopic", "rotatebot", 1, 1)).isGreaterThan(950);
  }

  @Test
  void peterbotLearnsEachThrowsSuccessor() {
    assertThat(RoshamboMatch.rowReturn("peterbot", "rotatebot", 1, 1)).isGreaterThan(990);
    assertThat(RoshamboMatch.rowReturn("peterbot", "rockbot", 1, 1)).isGreaterThan(990);
  }

  @Test
  void boomFindsTheLagThatPredicts() {
    assertThat(RoshamboMatch.rowReturn("boom", "rotatebot", 1, 1)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("boom", "copybot", 1, 1)).isGreaterThan(950);
  }

  @Test
  void graniteIsDeterministicAndMarbleKeepsATenthRandom() {
    assertThat(RoshamboMatch.rowReturn("granite", "rotatebot", 1, 1)).isGreaterThan(970);
    assertThat(RoshamboMatch.rowReturn("granite", "copybot", 1, 1)).isGreaterThan(970);
    // marble exploits rotatebot on nine throws in ten and breaks even on the random tenth
    assertThat(RoshamboMatch.rowReturn("marble", "rotatebot", 1, 10)).isBetween(840.0, 940.0);
  }

  @Test
  void shofarFollowsTheStrategyThatWins() {
    // "paper always" and "beat the opponent's last throw" win every throw against rockbot
    assertThat(RoshamboMatch.rowReturn("shofar", "rockbot", 1, 1)).isGreaterThan(900);
    // "lose to the opponent's last throw" wins every throw against rotatebot
    assertThat(RoshamboMatch.rowReturn("shofar", "rotatebot", 1, 1)).isGreaterThan(850);
  }

  @Test
  void robertotMatchesTheOpponentsHistory() {
    assertThat(RoshamboMatch.rowReturn("robertot", "rotatebot", 1, 1)).isGreaterThan(990);
    assertThat(RoshamboMatch.rowReturn("robertot", "rockbot", 1, 1)).isGreaterThan(990);
  }

  @Test
  void russrocker4sVotesAgreeOnAPredictableOpponent() {
    assertThat(RoshamboMatch.rowReturn("russrocker4", "rotatebot", 1, 1)).isGreaterThan(950);
    assertThat(RoshamboMatch.rowReturn("russrocker4", "copybot", 1, 1)).isGreaterThan(900);
  }

  @Test
  void inocencioPlaysRandomlyForTwentyThrowsThenBeatsABias() {
    // 20 random throws (expected 0), then paper against every rock
    assertThat(RoshamboMatch.rowReturn("inocencio", "rockbot", 1, 10)).isBetween(970.0, 990.0);
    // rotatebot is unbiased in any window but its three-throw patterns are certain
    assertThat(RoshamboMatch.rowReturn("inocencio", "rotatebot", 1, 1)).isGreaterThan(950);
  }

  @Test
  void actrRetrievesTheOnlySequenceThatFollowsTheLastTwoThrows() {
    assertThat(RoshamboMatch.rowReturn("actr_lag2_decay", "rotatebot", 1, 1)).isGreaterThan(990);
    assertThat(RoshamboMatch.rowReturn("actr_lag2_decay", "rockbot", 1, 1)).isGreaterThan(990);
  }
}
