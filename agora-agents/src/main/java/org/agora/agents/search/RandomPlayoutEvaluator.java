package org.agora.agents.search;

import java.util.random.RandomGenerator;
import org.agora.core.Game;
import org.agora.core.RandomPlayout;
import org.agora.core.State;

/**
 * Estimates player 0's return as the mean over a few uniformly random playouts from the state
 * (chance moves with their probabilities), drawn from an explicit seeded generator. Cost: one state
 * copy and one playout per sample. Not thread-safe.
 */
public final class RandomPlayoutEvaluator implements Evaluator {

  private final RandomPlayout playout;
  private final int playouts;
  private final RandomGenerator random;

  /**
   * @param playouts number of playouts averaged per evaluation (at least 1)
   * @param random the generator the playouts draw from
   */
  public RandomPlayoutEvaluator(Game game, int playouts, RandomGenerator random) {
    if (playouts < 1) {
      throw new IllegalArgumentException("playouts must be >= 1, got " + playouts);
    }
    this.playout = new RandomPlayout(game);
    this.playouts = playouts;
    this.random = random;
  }

  @Override
  public double evaluate(State state) {
    double sum = 0.0;
    for (int i = 0; i < playouts; i++) {
      State copy = state.copy();
      playout.finish(copy, random);
      sum += copy.returns(0);
    }
    return sum / playouts;
  }
}
