package org.agora.agents.rrps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.core.AgentRegistry;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.junit.jupiter.api.Test;

class RoshamboPopulationTest {

  @Test
  void theFamilyRegistersItsBotsAsAgents() {
    List<String> bots = AgentRegistry.family("rrps");
    assertThat(bots).contains("rockbot", "randbot", "rotatebot", "copybot").doesNotHaveDuplicates();
    for (String bot : bots) {
      assertThat(AgentRegistry.factory(bot)).isNotNull();
    }
  }

  @Test
  void simpleBotsScoreWhatTheirRulesImply() {
    assertThat(RoshamboMatch.rowReturn("rockbot", "rockbot", 1, 1)).isZero();
    // copybot answers rock with paper from the second throw on
    assertThat(RoshamboMatch.rowReturn("copybot", "rockbot", 1, 1)).isEqualTo(999);
    // rotatebot: rock ties, paper wins, scissors loses, 333 of each after the first
    assertThat(RoshamboMatch.rowReturn("rotatebot", "rockbot", 1, 1)).isZero();
    // against randbot nothing wins in expectation: 50 matches of 1000 throws, sd about 26 per match
    assertThat(RoshamboMatch.rowReturn("rockbot", "randbot", 3, 50)).isBetween(-15.0, 15.0);
  }

  @Test
  void everyBotPlaysLegallyAndDeterministicallyForASeed() {
    for (String bot : AgentRegistry.family("rrps")) {
      for (String opponent : List.of("randbot", "rotatebot", "copybot")) {
        double first = RoshamboMatch.rowReturn(bot, opponent, 11, 2);
        assertThat(RoshamboMatch.rowReturn(bot, opponent, 11, 2)).as(bot + " vs " + opponent).isEqualTo(first);
        assertThat(first).as(bot + " vs " + opponent).isBetween(-1000.0, 1000.0);
      }
    }
  }

  @Test
  void botsRefuseOtherGames() {
    assertThatThrownBy(() -> AgentRegistry.create("rockbot", GameRegistry.create("kuhn_poker"), 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("rockbot plays repeated rock-paper-scissors only (e.g. repeated_rock_paper_scissors), not kuhn_poker(players=2)");
  }

  @Test
  void botsReadTheLastRoundWhateverTheRecall() {
    org.agora.core.Game longRecall = GameRegistry.create("repeated_rock_paper_scissors(rounds=50,recall=5)");
    RoshamboBot copybot = (RoshamboBot) AgentRegistry.create("copybot", longRecall, 0, 1);
    RoshamboBot rockbot = (RoshamboBot) AgentRegistry.create("rockbot", longRecall, 1, 2);
    org.agora.core.State state = longRecall.newInitialState();
    while (!state.isTerminal()) {
      state.apply(new int[] {copybot.step(org.agora.core.PlayerView.of(state, 0)),
          rockbot.step(org.agora.core.PlayerView.of(state, 1))});
    }
    assertThat(state.returns(0)).isEqualTo(49); // paper against rock from the second throw on
  }
}
