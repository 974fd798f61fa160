package org.agora.agents.mcts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.agents.Matches;
import org.agora.agents.search.AlphaBetaSearch;
import org.agora.agents.search.RandomRolloutEvaluator;
import org.agora.core.Agent;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.State;
import org.agora.core.agent.RandomAgent;
import org.junit.jupiter.api.Test;

class MctsSolverTest {

  private static final Game TIC_TAC_TOE = GameRegistry.create("tic_tac_toe");

  private static MctsAgent solver(int player, int simulations, long seed) {
    return new MctsAgent(TIC_TAC_TOE, player, simulations, Math.sqrt(2.0), new RandomRolloutEvaluator(TIC_TAC_TOE, 1),
        new SplittableRandom(seed), true);
  }

  @Test
  void provesAWinInOneWithVeryFewSimulations() {
    State state = Matches.after(TIC_TAC_TOE, 0, 3, 1, 4);
    MctsAgent agent = solver(0, 20, 1);

    assertThat(agent.step(state)).isEqualTo(2);
    assertThat(agent.rootProvenValue()).isEqualTo(1.0);
  }

  @Test
  void provenValuesAgreeWithAlphaBetaOnLatePositions() {
    SplittableRandom random = new SplittableRandom(20261124L);
    int[] legal = new int[9];
    int provenRoots = 0;
    for (int trial = 0; trial < 40; trial++) {
      State state = TIC_TAC_TOE.newInitialState();
      for (int move = 0; move < 4 + trial % 3 && !state.isTerminal(); move++) {
        state.apply(legal[random.nextInt(state.legalActions(legal))]);
      }
      if (state.isTerminal()) {
        continue;
      }
      MctsAgent agent = solver(state.currentPlayer(), 3000, trial);
      int action = agent.step(state);
      double exact = AlphaBetaSearch.exact(TIC_TAC_TOE).value(state);
      if (!Double.isNaN(agent.rootProvenValue())) {
        provenRoots++;
        assertThat(agent.rootProvenValue()).as("trial %d", trial).isEqualTo(exact);
        State after = state.copy();
        after.apply(action);
        assertThat(AlphaBetaSearch.exact(TIC_TAC_TOE).value(after)).isEqualTo(exact);
      }
    }
    assertThat(provenRoots).isGreaterThanOrEqualTo(30);
  }

  @Test
  void solverAgentNeverLosesToRandomAsFirstPlayer() {
    SplittableRandom seeds = new SplittableRandom(3);
    for (int game = 0; game < 30; game++) {
      Agent agent = AgentRegistry.create("mcts(simulations=1000,solve=true)", TIC_TAC_TOE, 0, seeds.nextLong());
      double[] returns = Matches.play(TIC_TAC_TOE, List.of(agent, new RandomAgent(TIC_TAC_TOE, 1, seeds.nextLong())), seeds);
      assertThat(returns[0]).as("game %d", game).isGreaterThanOrEqualTo(0.0);
    }
  }

  @Test
  void solveNeedsATwoPlayerZeroSumGameWithoutChance() {
    assertThatThrownBy(() -> AgentRegistry.create("mcts(solve=true)", GameRegistry.create("kuhn_poker"), 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessageStartingWith("mcts: option 'solve' needs a 2-player zero-sum sequential game without chance; kuhn_poker(players=2) is");
    assertThatThrownBy(() -> AgentRegistry.create("mcts(solve=yes)", TIC_TAC_TOE, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("mcts: option 'solve' value 'yes' is invalid; allowed: true or false");
  }
}
