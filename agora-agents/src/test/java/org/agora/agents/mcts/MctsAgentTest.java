package org.agora.agents.mcts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.agents.Matches;
import org.agora.agents.search.RandomRolloutEvaluator;
import org.agora.core.Agent;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.State;
import org.agora.core.agent.RandomAgent;
import org.junit.jupiter.api.Test;

class MctsAgentTest {

  private static final Game TIC_TAC_TOE = GameRegistry.create("tic_tac_toe");
  private static final Game CONNECT_FOUR = GameRegistry.create("connect_four");

  private static MctsAgent mcts(Game game, int player, int simulations, long seed) {
    return new MctsAgent(game, player, simulations, Math.sqrt(2.0), new RandomRolloutEvaluator(game, 1),
        new SplittableRandom(seed));
  }

  @Test
  void findsAWinInOne() {
    // x: 0, 1; o: 3, 4; x to move wins at 2.
    State state = Matches.after(TIC_TAC_TOE, 0, 3, 1, 4);
    for (long seed = 1; seed <= 5; seed++) {
      assertThat(mcts(TIC_TAC_TOE, 0, 1000, seed).step(state)).as("seed %d", seed).isEqualTo(2);
    }
  }

  @Test
  void blocksAnImmediateLoss() {
    // x: 0, 1 threatens 2; o (player 1, with 8) must block.
    State state = Matches.after(TIC_TAC_TOE, 0, 8, 1);
    for (long seed = 1; seed <= 5; seed++) {
      assertThat(mcts(TIC_TAC_TOE, 1, 2000, seed).step(state)).as("seed %d", seed).isEqualTo(2);
    }
  }

  @Test
  void sameSeedGivesTheSameMoveAndVisitCounts() {
    State state = TIC_TAC_TOE.newInitialState();
    MctsAgent first = mcts(TIC_TAC_TOE, 0, 300, 99);
    MctsAgent second = mcts(TIC_TAC_TOE, 0, 300, 99);

    assertThat(first.step(state)).isEqualTo(second.step(state));
    int total = 0;
    for (int action = 0; action < 9; action++) {
      assertThat(first.rootVisits(action)).isEqualTo(second.rootVisits(action));
      total += first.rootVisits(action);
    }
    assertThat(total).isEqualTo(300);
    assertThat(state.historyLength()).isZero();
  }

  @Test
  void beatsRandomAtTicTacToeInBothSeats() {
    assertThat(winsAgainstRandom(TIC_TAC_TOE, "mcts(simulations=500)", 0, 50)).isGreaterThanOrEqualTo(45);
    assertThat(winsAgainstRandom(TIC_TAC_TOE, "mcts(simulations=500)", 1, 50)).isGreaterThanOrEqualTo(40);
  }

  @Test
  void beatsRandomAtConnectFour() {
    assertThat(winsAgainstRandom(CONNECT_FOUR, "mcts(simulations=300)", 0, 25)).isGreaterThanOrEqualTo(23);
    assertThat(winsAgainstRandom(CONNECT_FOUR, "mcts(simulations=300)", 1, 25)).isGreaterThanOrEqualTo(23);
  }

  @Test
  void playsNPlayerGamesWithChance() {
    Game kuhn = GameRegistry.create("kuhn_poker(players=3)");
    SplittableRandom seeds = new SplittableRandom(5);
    double sum = 0.0;
    for (int hand = 0; hand < 30; hand++) {
      List<Agent> agents = new ArrayList<>();
      for (int p = 0; p < 3; p++) {
        agents.add(AgentRegistry.create("mcts(simulations=50)", kuhn, p, seeds.nextLong()));
      }
      double[] returns = Matches.play(kuhn, agents, seeds);
      sum += returns[0] + returns[1] + returns[2];
    }
    assertThat(sum).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void rejectsBadOptions() {
    Game pennies = GameRegistry.create("matching_pennies");
    assertThatThrownBy(() -> AgentRegistry.create("mcts(solve=true)", pennies, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'solve' needs a 2-player zero-sum sequential game without chance");
    assertThatThrownBy(() -> AgentRegistry.create("mcts(simulations=lots)", TIC_TAC_TOE, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("mcts: option 'simulations' value 'lots' is invalid; allowed: an integer in [1, 100000000]");
    assertThatThrownBy(() -> AgentRegistry.create("mcts(c=-1)", TIC_TAC_TOE, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("mcts: option 'c' value '-1' is invalid; allowed: a number in [0.0, 1000000.0]");
    assertThatThrownBy(() -> AgentRegistry.create("mcts(depth=3)", TIC_TAC_TOE, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("mcts: unknown option 'depth'; allowed: simulations, c, rollouts, seed, solve");
  }

  @Test
  void rolloutEvaluatorAveragesItsRollouts() {
    State state = Matches.after(TIC_TAC_TOE, 0, 3, 1, 4);
    double[] values = new double[2];
    new RandomRolloutEvaluator(TIC_TAC_TOE, 8).evaluate(state.copy(), new SplittableRandom(3), values);

    assertThat(values[0]).isEqualTo(-values[1]).isBetween(-1.0, 1.0);
    assertThat(values[0] * 8).isCloseTo(Math.rint(values[0] * 8), org.assertj.core.data.Offset.offset(1e-9));
  }

  private static int winsAgainstRandom(Game game, String agentString, int seat, int games) {
    SplittableRandom seeds = new SplittableRandom(20261124L + seat);
    int wins = 0;
    for (int i = 0; i < games; i++) {
      Agent agent = AgentRegistry.create(agentString, game, seat, seeds.nextLong());
      Agent random = new RandomAgent(game, 1 - seat, seeds.nextLong());
      double[] returns = Matches.play(game, seat == 0 ? List.of(agent, random) : List.of(random, agent), seeds);
      wins += returns[seat] > 0 ? 1 : 0;
    }
    return wins;
  }
}
