package org.agora.agents.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.State;
import org.junit.jupiter.api.Test;

/** The per-move node budget of alpha-beta: bounded work on large games, unchanged play on small ones. */
class AlphaBetaNodeBudgetTest {

  private static final Game TIC_TAC_TOE = GameRegistry.create("tic_tac_toe");
  private static final Game CONNECT_FOUR = GameRegistry.create("connect_four");
  /** An attempt stops at budget + 1 nodes, so two attempts visit at most this many. */
  private static final long DEFAULT_MOVE_CEILING = 2L * AlphaBetaAgentProvider.DEFAULT_NODES + 2;

  /** Plays the opening of the default agent against itself, checking every search it makes. */
  @Test
  void theDefaultAgentKeepsEveryConnectFourMoveWithinItsNodeBudget() {
    AlphaBetaAgent first = (AlphaBetaAgent) AgentRegistry.create("alphabeta", CONNECT_FOUR, 0, 1);
    AlphaBetaAgent second = (AlphaBetaAgent) AgentRegistry.create("alphabeta", CONNECT_FOUR, 1, 2);
    State state = CONNECT_FOUR.newInitialState();
    int searches = 0;
    int deepest = 0;
    for (int ply = 0; ply < 6 && !state.isTerminal(); ply++) {
      AlphaBetaAgent mover = state.currentPlayer() == 0 ? first : second;
      AlphaBetaSearch.Result before = mover.lastSearch();
      state.apply(mover.step(state));
      AlphaBetaSearch.Result result = mover.lastSearch();
      if (result != before) {
        searches++;
        // The exact solve the default used to attempt visits billions of nodes; each move now stays bounded.
        assertThat(result.nodes()).as("nodes of search %d", searches).isLessThanOrEqualTo(DEFAULT_MOVE_CEILING);
        if (result.depth() != AlphaBetaSearch.UNLIMITED) {
          deepest = Math.max(deepest, result.depth());
        }
      }
    }
    assertThat(searches).isEqualTo(6);
    assertThat(deepest).as("deepest iteration that fitted the budget").isBetween(4, 12);
  }

  @Test
  void theOpeningOfConnectFourFallsBackToTheDeepestIterationThatFits() {
    AlphaBetaSearch budgeted = new AlphaBetaSearch(CONNECT_FOUR, AlphaBetaSearch.UNLIMITED,
        AlphaBetaAgentProvider.DEFAULT_NODES, new RandomRolloutEvaluator(CONNECT_FOUR, 4), new SplittableRandom(5));

    AlphaBetaSearch.Result result = budgeted.search(CONNECT_FOUR.newInitialState());

    assertThat(result.depth()).isBetween(4, 12);
    assertThat(result.action()).isBetween(0, 6);
    assertThat(result.nodes()).isGreaterThan(AlphaBetaAgentProvider.DEFAULT_NODES).isLessThanOrEqualTo(DEFAULT_MOVE_CEILING);
  }

  @Test
  void aBudgetOfOneNodeStillFinishesDepthOne() {
    AlphaBetaSearch tiny = new AlphaBetaSearch(CONNECT_FOUR, AlphaBetaSearch.UNLIMITED, 1,
        new RandomRolloutEvaluator(CONNECT_FOUR, 1), new SplittableRandom(5));

    AlphaBetaSearch.Result result = tiny.search(CONNECT_FOUR.newInitialState());

    assertThat(result.depth()).isEqualTo(1);
    assertThat(result.action()).isBetween(0, 6);
    // 2 nodes for the abandoned attempt, the root and its 7 children at depth 1, and the first node of
    // depth 2, which passes the budget.
    assertThat(result.nodes()).isEqualTo(2 + 1 + 7 + 1);
  }

  /** Tic-tac-toe fits the default budget from every position: the same moves and values as an exact search. */
  @Test
  void ticTacToeIsStillSolvedExactlyWithTheSameMoves() {
    SplittableRandom positions = new SplittableRandom(11);
    int[] legal = new int[TIC_TAC_TOE.actionCount()];
    AlphaBetaSearch exact = AlphaBetaSearch.exact(TIC_TAC_TOE);
    AlphaBetaSearch budgeted = new AlphaBetaSearch(TIC_TAC_TOE, AlphaBetaSearch.UNLIMITED,
        AlphaBetaAgentProvider.DEFAULT_NODES, new RandomRolloutEvaluator(TIC_TAC_TOE, 4), new SplittableRandom(5));
    int checked = 0;
    for (int game = 0; game < 200; game++) {
      State state = TIC_TAC_TOE.newInitialState();
      int moves = positions.nextInt(8);
      for (int m = 0; m < moves && !state.isTerminal(); m++) {
        state.apply(legal[positions.nextInt(state.legalActions(legal))]);
      }
      if (state.isTerminal()) {
        continue;
      }
      AlphaBetaSearch.Result expected = exact.search(state);
      AlphaBetaSearch.Result actual = budgeted.search(state);
      assertThat(actual).as("position %d", game).isEqualTo(expected);
      assertThat(actual.depth()).isEqualTo(AlphaBetaSearch.UNLIMITED);
      checked++;
    }
    assertThat(checked).isGreaterThan(150);
  }

  @Test
  void theBudgetIsAnOptionWithItsRange() {
    AlphaBetaAgent unlimited = (AlphaBetaAgent) AgentRegistry.create("alphabeta(nodes=2147483647)", TIC_TAC_TOE, 0, 1);
    unlimited.step(TIC_TAC_TOE.newInitialState());
    assertThat(unlimited.lastSearch().depth()).isEqualTo(AlphaBetaSearch.UNLIMITED);
    assertThatThrownBy(() -> AgentRegistry.create("alphabeta(nodes=0)", TIC_TAC_TOE, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("alphabeta: option 'nodes' value '0' is invalid; allowed: an integer in [1, 2147483647]");
  }
}
