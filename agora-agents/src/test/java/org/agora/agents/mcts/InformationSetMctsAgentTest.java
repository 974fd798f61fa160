package org.agora.agents.mcts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.agents.Matches;
import org.agora.core.Agent;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.State;
import org.agora.core.agent.RandomAgent;
import org.junit.jupiter.api.Test;

class InformationSetMctsAgentTest {

  private static final Game KUHN = GameRegistry.create("kuhn_poker");
  private static final Game LEDUC = GameRegistry.create("leduc_poker");

  private static State firstDecision(Game game, long seed) {
    State state = game.newInitialState();
    SplittableRandom random = new SplittableRandom(seed);
    while (state.isChanceNode()) {
      state.apply(state.sampleChanceOutcome(random));
    }
    return state;
  }

  @Test
  void samplerDrawsOnlyConsistentHistoriesWithTheirChanceProbabilities() {
    State state = firstDecision(KUHN, 1);
    String key = state.informationStateKey(0);
    HistorySampler sampler = new HistorySampler(KUHN, 0, HistorySampler.DEFAULT_NODE_LIMIT, "test");
    SplittableRandom random = new SplittableRandom(2);
    Map<String, Integer> opponentViews = new HashMap<>();

    for (int i = 0; i < 4000; i++) {
      State sample = sampler.sample(key, random);
      assertThat(sample.informationStateKey(0)).isEqualTo(key);
      assertThat(sample.currentPlayer()).isZero();
      opponentViews.merge(sample.informationStateKey(1), 1, Integer::sum);
    }

    // The opponent holds one of the two other cards, each with probability 1/2.
    assertThat(sampler.historyCount(key)).isEqualTo(2);
    assertThat(opponentViews).hasSize(2);
    assertThat(opponentViews.values()).allSatisfy(count -> assertThat(count).isBetween(1850, 2150));
  }

  @Test
  void samplerRejectsTreesLargerThanItsLimit() {
    HistorySampler sampler = new HistorySampler(LEDUC, 0, 100, "ismcts");
    assertThatThrownBy(() -> sampler.sample("anything", new SplittableRandom(1)))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("ismcts cannot play " + LEDUC.name() + ": its game tree has more than 100 nodes, the limit for "
            + "enumerating histories (option node_limit)");
  }

  @Test
  void samplersOfTheSameGamePlayerAndLimitShareOneEnumeration() {
    HistorySampler first = new HistorySampler(KUHN, 1, 5000, "test");
    HistorySampler second = new HistorySampler(KUHN, 1, 5000, "test");
    HistorySampler otherPlayer = new HistorySampler(KUHN, 0, 5000, "test");
    HistorySampler otherGame = new HistorySampler(GameRegistry.create("kuhn_poker"), 1, 5000, "test");

    assertThat(second.enumerationIdentity()).isSameAs(first.enumerationIdentity());
    assertThat(otherPlayer.enumerationIdentity()).isNotSameAs(first.enumerationIdentity());
    assertThat(otherGame.enumerationIdentity()).isNotSameAs(first.enumerationIdentity());
  }

  @Test
  void sameSeedGivesTheSameMove() {
    for (long seed = 0; seed < 10; seed++) {
      State state = firstDecision(LEDUC, seed);
      int first = Agent.act(AgentRegistry.create("ismcts(simulations=200)", LEDUC, 0, seed), state);
      int second = Agent.act(AgentRegistry.create("ismcts(simulations=200)", LEDUC, 0, seed), state);
      assertThat(first).isEqualTo(second);
    }
  }

  @Test
  void beatsRandomAtKuhnPokerInBothSeats() {
    assertThat(meanAgainstRandom(KUHN, "ismcts(simulations=200)", 0, 2000)).isGreaterThan(0.15);
    assertThat(meanAgainstRandom(KUHN, "ismcts(simulations=200)", 1, 2000)).isGreaterThan(0.15);
  }

  @Test
  void beatsRandomAtLeducPoker() {
    assertThat(meanAgainstRandom(LEDUC, "ismcts(simulations=200)", 0, 200)).isGreaterThan(0.5);
    assertThat(meanAgainstRandom(LEDUC, "ismcts(simulations=200)", 1, 200)).isGreaterThan(0.5);
  }

  @Test
  void rejectsSimultaneousGamesAndBadOptions() {
    Game pennies = GameRegistry.create("matching_pennies");
    assertThatThrownBy(() -> AgentRegistry.create("ismcts", pennies, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("ismcts cannot play " + pennies.name());
    assertThatThrownBy(() -> AgentRegistry.create("ismcts(node_limit=0)", KUHN, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("ismcts: option 'node_limit' value '0' is invalid; allowed: an integer in [1, 2147483647]");
  }

  private static double meanAgainstRandom(Game game, String agentString, int seat, int hands) {
    SplittableRandom seeds = new SplittableRandom(20261124L + seat);
    Agent agent = AgentRegistry.create(agentString, game, seat, seeds.nextLong());
    Agent random = new RandomAgent(game, 1 - seat, seeds.nextLong());
    List<Agent> agents = seat == 0 ? List.of(agent, random) : List.of(random, agent);
    double sum = 0.0;
    for (int hand = 0; hand < hands; hand++) {
      sum += Matches.play(game, agents, seeds)[seat];
    }
    return sum / hands;
  }
}
