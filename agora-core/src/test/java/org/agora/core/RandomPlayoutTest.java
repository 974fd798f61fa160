package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.agora.core.agent.RandomAgent;
import org.agora.core.transform.RepeatedGame;
import org.agora.core.transform.TurnBasedGame;
import org.junit.jupiter.api.Test;

class RandomPlayoutTest {

  @Test
  void playsToTheEndReproducibly() {
    Game game = new TurnBasedGame(new RepeatedGame(TestGames.rockPaperScissors(), 6, 2, 0.8));
    RandomPlayout playout = new RandomPlayout(game);
    for (long seed = 0; seed < 20; seed++) {
      State first = playout.play(new SplittableRandom(seed));
      State second = playout.play(new SplittableRandom(seed));
      assertThat(first.isTerminal()).isTrue();
      assertThat(first.history()).containsExactly(second.history());
    }
  }

  @Test
  void finishCountsTheMovesMade() {
    RandomPlayout simultaneous = new RandomPlayout(new RepeatedGame(TestGames.matchingPennies(), 5, 1, 1.0));
    State state = new RepeatedGame(TestGames.matchingPennies(), 5, 1, 1.0).newInitialState();
    state.apply(new int[] {0, 0});
    assertThat(simultaneous.finish(state, new SplittableRandom(1))).isEqualTo(4);
    assertThat(state.historyLength()).isEqualTo(10);
    Game turnBased = new TurnBasedGame(new RepeatedGame(TestGames.matchingPennies(), 5, 1, 1.0));
    assertThat(new RandomPlayout(turnBased).finish(turnBased.newInitialState(), new SplittableRandom(1))).isEqualTo(10);
  }

  @Test
  void movesAreUniformAndChanceFollowsItsProbabilities() {
    RandomPlayout pennies = new RandomPlayout(TestGames.matchingPennies());
    SplittableRandom random = new SplittableRandom(11);
    int[] profiles = new int[4];
    for (int i = 0; i < 4000; i++) {
      int[] history = pennies.play(random).history();
      profiles[history[0] * 2 + history[1]]++;
    }
    for (int count : profiles) {
      assertThat(count).isBetween(850, 1150);
    }

    // rounds of a game that continues with probability 1/2: geometric with mean 2 (the cap of 50 hardly matters)
    RepeatedGame randomEnd = new RepeatedGame(TestGames.matchingPennies(), 50, 1, 0.5);
    RandomPlayout playout = new RandomPlayout(randomEnd);
    long rounds = 0;
    for (int i = 0; i < 4000; i++) {
      rounds += (playout.play(random).historyLength() + 1) / 3;
    }
    assertThat(rounds / 4000.0).isCloseTo(2.0, within(0.1));
  }

  @Test
  void randomAgentsPickLegalActions() {
    Game game = new TurnBasedGame(TestGames.rockPaperScissors());
    Agent agent = AgentRegistry.create("random", game, 1, 5);
    assertThat(agent.player()).isEqualTo(1);
    State state = game.newInitialState();
    assertThatThrownBy(() -> Agent.act(agent, state)).isInstanceOf(IllegalStateException.class)
        .hasMessage("player 1 has no legal action at a player 0 node");
    state.apply(0);
    for (int i = 0; i < 50; i++) {
      assertThat(Agent.act(agent, state)).isBetween(0, 2);
    }
    assertThat(new RandomAgent(game, 0, 3).step(PlayerView.of(game.newInitialState(), 0)))
        .isEqualTo(new RandomAgent(game, 0, 3).step(PlayerView.of(game.newInitialState(), 0)));
    assertThatThrownBy(() -> AgentRegistry.create("random(depth=2)", game, 0, 1))
        .isInstanceOf(GameSpecException.class).hasMessage("random: unknown option 'depth'; it takes no options");
    assertThatThrownBy(() -> AgentRegistry.create("minimax", game, 0, 1))
        .hasMessageStartingWith("unknown agent 'minimax'; known agents: random");
  }
}
