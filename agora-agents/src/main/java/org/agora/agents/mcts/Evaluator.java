package org.agora.agents.mcts;

import java.util.random.RandomGenerator;
import org.agora.core.State;

/**
 * Estimates every player's return at a non-terminal leaf reached by a Monte-Carlo tree search (the
 * "default policy" step of UCT).
 */
@FunctionalInterface
public interface Evaluator {

  /**
   * Writes an estimate of each player's return at {@code state} into {@code values} (one entry per
   * player). The evaluator may advance {@code state} in place: the search does not use it afterwards.
   * Randomness must come from {@code random} only, so that a seeded search is reproducible.
   */
  void evaluate(State state, RandomGenerator random, double[] values);
}
