package org.agora.agents.search;

import java.util.random.RandomGenerator;
import org.agora.core.State;

/**
 * Estimates every player's return at a non-terminal state where a search stops: the leaf of a
 * Monte-Carlo tree search (the "default policy" step of UCT) or a node at the depth limit of an
 * {@link AlphaBetaSearch} (which reads player 0's entry). One interface serves both searches.
 */
@FunctionalInterface
public interface Evaluator {

  /**
   * Writes an estimate of each player's return at {@code state} into {@code values} (one entry per
   * player). The evaluator may advance {@code state} in place: the searches hand it a state they do
   * not use afterwards. Randomness must come from {@code random} only, so that a seeded search is
   * reproducible.
   */
  void evaluate(State state, RandomGenerator random, double[] values);
}
