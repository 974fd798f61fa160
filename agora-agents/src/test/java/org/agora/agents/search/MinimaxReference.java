package org.agora.agents.search;

import org.agora.core.State;

/** Plain minimax (expectimax at chance nodes) without pruning: the test oracle for alpha-beta. */
final class MinimaxReference {

  private MinimaxReference() {}

  /** Player 0's value of {@code state}, scoring states at {@code depth} with {@code evaluator}. */
  static double value(State state, int depth, Evaluator evaluator) {
    if (state.isTerminal()) {
      return state.returns(0);
    }
    if (depth == 0) {
      double[] values = new double[state.game().playerCount()];
      evaluator.evaluate(state.copy(), new java.util.SplittableRandom(0), values);
      return values[0];
    }
    int width = Math.max(state.game().actionCount(), state.game().maxChanceOutcomes());
    int[] moves = new int[width];
    if (state.isChanceNode()) {
      double[] probabilities = new double[width];
      int count = state.chanceOutcomes(moves, probabilities);
      double expected = 0.0;
      for (int i = 0; i < count; i++) {
        State child = state.copy();
        child.apply(moves[i]);
        expected += probabilities[i] * value(child, depth - 1, evaluator);
      }
      return expected;
    }
    boolean maximizing = state.currentPlayer() == 0;
    double best = maximizing ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    int count = state.legalActions(moves);
    for (int i = 0; i < count; i++) {
      State child = state.copy();
      child.apply(moves[i]);
      double value = value(child, depth - 1, evaluator);
      best = maximizing ? Math.max(best, value) : Math.min(best, value);
    }
    return best;
  }
}
