package org.agora.agents.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.State;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class AlphaBetaProperties {

  private static final Game TIC_TAC_TOE = GameRegistry.create("tic_tac_toe");
  private static final Game CONNECT_FOUR = GameRegistry.create("connect_four");
  /** A deterministic stand-in for a heuristic: a function of the history only. */
  private static final Evaluator HISTORY_HASH = (state, random, values) -> {
    values[0] = (Math.floorMod(Arrays.hashCode(state.history()), 21) - 10) / 10.0;
    values[1] = -values[0];
  };

  private static State randomPosition(Game game, long seed, int moves) {
    State state = game.newInitialState();
    SplittableRandom random = new SplittableRandom(seed);
    int[] legal = new int[game.actionCount()];
    for (int i = 0; i < moves && !state.isTerminal(); i++) {
      state.apply(legal[random.nextInt(state.legalActions(legal))]);
    }
    return state;
  }

  @TestFactory
  Stream<DynamicTest> exactAlphaBetaEqualsMinimaxOnTicTacToePositions() {
    return SeededCases.tests(20261124, 60, one -> exactAlphaBetaEqualsMinimaxOnTicTacToePositions(one.nextLong(),
        one.intBetween(2, 8)));
  }

  private void exactAlphaBetaEqualsMinimaxOnTicTacToePositions(long seed, int moves) {
    State state = randomPosition(TIC_TAC_TOE, seed, moves);
    String before = Arrays.toString(state.history());

    double alphaBeta = AlphaBetaSearch.exact(TIC_TAC_TOE).value(state);

    assertThat(alphaBeta).isEqualTo(MinimaxReference.value(state, Integer.MAX_VALUE, null));
    assertThat(Arrays.toString(state.history())).isEqualTo(before);
  }

  @TestFactory
  Stream<DynamicTest> depthLimitedAlphaBetaEqualsDepthLimitedMinimaxOnConnectFour() {
    return SeededCases.tests(20261124, 30,
        one -> depthLimitedAlphaBetaEqualsDepthLimitedMinimaxOnConnectFour(one.nextLong(), one.intBetween(0, 20),
        one.intBetween(1, 4)));
  }

  private void depthLimitedAlphaBetaEqualsDepthLimitedMinimaxOnConnectFour(long seed, int moves, int depth) {
    State state = randomPosition(CONNECT_FOUR, seed, moves);

    double alphaBeta = new AlphaBetaSearch(CONNECT_FOUR, depth, HISTORY_HASH, new SplittableRandom(0)).value(state);

    assertThat(alphaBeta).isEqualTo(MinimaxReference.value(state, depth, HISTORY_HASH));
  }

  @TestFactory
  Stream<DynamicTest> randomPlayoutEvaluationIsAMeanOfReturnsAndReproducible() {
    return SeededCases.tests(20261124, 20, one -> randomPlayoutEvaluationIsAMeanOfReturnsAndReproducible(one.nextLong(),
        one.intBetween(0, 6)));
  }

  private void randomPlayoutEvaluationIsAMeanOfReturnsAndReproducible(long seed, int moves) {
    State state = randomPosition(TIC_TAC_TOE, seed, moves);
    double[] values = new double[2];
    new RandomRolloutEvaluator(TIC_TAC_TOE, 5).evaluate(state.copy(), new SplittableRandom(seed), values);
    double first = values[0];
    new RandomRolloutEvaluator(TIC_TAC_TOE, 5).evaluate(state.copy(), new SplittableRandom(seed), values);
    double second = values[0];

    assertThat(first).isEqualTo(second).isBetween(-1.0, 1.0);
    assertThat(first * 5).isCloseTo(Math.rint(first * 5), org.assertj.core.data.Offset.offset(1e-9));
  }
}
