package org.agora.agents.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

class AlphaBetaSearchTest {

  private static final Game TIC_TAC_TOE = GameRegistry.create("tic_tac_toe");
  /** Nodes of the full tic-tac-toe game tree, which plain minimax visits. */
  private static final long FULL_TREE_NODES = 549_946;

  @Test
  void ticTacToeIsADrawAndPruningVisitsFarFewerNodesThanTheFullTree() {
    AlphaBetaSearch search = AlphaBetaSearch.exact(TIC_TAC_TOE);

    AlphaBetaSearch.Result result = search.search(TIC_TAC_TOE.newInitialState());

    assertThat(result.value()).isEqualTo(0.0);
    assertThat(result.nodes()).isPositive().isLessThan(FULL_TREE_NODES / 20);
    assertThat(result.action()).isBetween(0, 8);
  }

  @Test
  void plainMinimaxAgreesOnTheInitialValue() {
    assertThat(MinimaxReference.value(TIC_TAC_TOE.newInitialState(), Integer.MAX_VALUE, (state, random, values) -> values[0] = 0.0)).isEqualTo(0.0);
  }

  @Test
  void takesAWinInOneRatherThanALaterWin() {
    // x: 0, 1; o: 3, 4; x to move wins at 2 (and o threatens 5).
    State state = Matches.after(TIC_TAC_TOE, 0, 3, 1, 4);
    AlphaBetaSearch.Result result = AlphaBetaSearch.exact(TIC_TAC_TOE).search(state);

    assertThat(result.action()).isEqualTo(2);
    assertThat(result.value()).isEqualTo(1.0);
  }

  @Test
  void secondPlayerBlocksAnImmediateThreat() {
    // x: 0, 1 threatens 2; o: 8 to move must block there (any other move loses).
    State threat = Matches.after(TIC_TAC_TOE, 0, 8, 1);
    AlphaBetaSearch.Result block = AlphaBetaSearch.exact(TIC_TAC_TOE).search(threat);

    assertThat(block.action()).isEqualTo(2);
    assertThat(block.value()).isEqualTo(MinimaxReference.value(threat, Integer.MAX_VALUE, null));
  }

  @Test
  void depthLimitedSearchUsesTheEvaluatorAndStillSeesAWinInOne() {
    State state = Matches.after(TIC_TAC_TOE, 0, 3, 1, 4);
    int[] evaluations = {0};
    AlphaBetaSearch search = new AlphaBetaSearch(TIC_TAC_TOE, 1, (s, random, values) -> {
      evaluations[0]++;
      values[0] = 0.0;
      values[1] = 0.0;
    }, new java.util.SplittableRandom(0));

    AlphaBetaSearch.Result result = search.search(state);

    assertThat(result.action()).isEqualTo(2);
    assertThat(result.value()).isEqualTo(1.0);
    assertThat(evaluations[0]).isLessThanOrEqualTo(4);
  }

  @Test
  void exactAgentNeverLosesToRandomInEitherSeat() {
    SplittableRandom seeds = new SplittableRandom(20261124L);
    for (int game = 0; game < 40; game++) {
      int seat = game % 2;
      Agent alphaBeta = AgentRegistry.create("alphabeta", TIC_TAC_TOE, seat, seeds.nextLong());
      Agent random = new RandomAgent(TIC_TAC_TOE, 1 - seat, seeds.nextLong());
      List<Agent> agents = seat == 0 ? List.of(alphaBeta, random) : List.of(random, alphaBeta);

      double[] returns = Matches.play(TIC_TAC_TOE, agents, seeds);

      assertThat(returns[seat]).as("game %d, alphabeta in seat %d", game, seat).isGreaterThanOrEqualTo(0.0);
    }
  }

  @Test
  void depthLimitedAgentWithRandomPlayoutsBeatsRandomOnConnectFour() {
    Game connectFour = GameRegistry.create("connect_four");
    SplittableRandom seeds = new SplittableRandom(7L);
    int wins = 0;
    for (int game = 0; game < 6; game++) {
      Agent alphaBeta = AgentRegistry.create("alphabeta(depth=2,playouts=2)", connectFour, 0, seeds.nextLong());
      Agent random = new RandomAgent(connectFour, 1, seeds.nextLong());
      wins += Matches.play(connectFour, List.of(alphaBeta, random), seeds)[0] > 0 ? 1 : 0;
    }
    assertThat(wins).isGreaterThanOrEqualTo(5);
  }

  @Test
  void rejectsGamesThatAreNotTwoPlayerZeroSumPerfectInformation() {
    assertThatThrownBy(() -> AgentRegistry.create("alphabeta", GameRegistry.create("kuhn_poker"), 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("kuhn_poker(players=2)")
        .hasMessageContaining("imperfect information")
        .hasMessageContaining("2-player zero-sum sequential game of perfect information");
    assertThatThrownBy(() -> AgentRegistry.create("alphabeta", GameRegistry.create("kuhn_poker(players=3)"), 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("has 3 players");
  }

  @Test
  void badOptionsNameTheAgentTheOptionAndWhatIsAllowed() {
    assertThatThrownBy(() -> AgentRegistry.create("alphabeta(depth=0)", TIC_TAC_TOE, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("alphabeta: option 'depth' value '0' is invalid; allowed: an integer in [1, 2147483647]");
    assertThatThrownBy(() -> AgentRegistry.create("alphabeta(width=3)", TIC_TAC_TOE, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("alphabeta: unknown option 'width'; allowed: depth, nodes, playouts, seed");
  }
}
