package org.agora.agents.search;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.core.Game;
import org.agora.core.RandomPlayout;
import org.agora.core.State;

/**
 * The default leaf evaluation of both searches: the mean return of each player over
 * {@code rollouts} uniformly random playouts to the end of the game (chance moves with their
 * probabilities), drawn from the generator the search passes in. The last rollout runs on the given
 * state in place, earlier ones on copies, so one rollout costs no state copy. Cost: O(rollouts *
 * remaining game length). Not thread-safe (one instance per search).
 */
public final class RandomRolloutEvaluator implements Evaluator {

  private final RandomPlayout playout;
  private final int rollouts;
  private final int players;

  /** @param rollouts random playouts averaged per leaf, at least 1 */
  public RandomRolloutEvaluator(Game game, int rollouts) {
    if (rollouts < 1) {
      throw new IllegalArgumentException("rollouts must be >= 1, got " + rollouts);
    }
    this.playout = new RandomPlayout(game);
    this.rollouts = rollouts;
    this.players = game.playerCount();
  }

  @Override
  public void evaluate(State state, RandomGenerator random, double[] values) {
    Arrays.fill(values, 0, players, 0.0);
    for (int r = 0; r < rollouts; r++) {
      State rollout = r == rollouts - 1 ? state : state.copy();
      playout.finish(rollout, random);
      for (int p = 0; p < players; p++) {
        values[p] += rollout.returns(p);
      }
    }
    if (rollouts > 1) {
      for (int p = 0; p < players; p++) {
        values[p] /= rollouts;
      }
    }
  }
}
