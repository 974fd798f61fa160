package org.agora.cooperative.shapley;

import org.agora.cooperative.CoalitionGame;

/**
 * Estimates each player's value in a coalition game from at most {@code budget} coalition
 * evaluations. The same game, budget and seed give the same estimate. Estimators refuse a budget
 * too small for their method with an {@link IllegalArgumentException} whose message says how much
 * is needed.
 */
public interface ShapleyEstimator {

  /** The estimator's name as written on the command line, e.g. {@code permutation}. */
  String name();

  /**
   * @param game the game (evaluated at most {@code budget} times)
   * @param budget the most coalition evaluations to make
   * @param seed the seed of the estimator's random draws
   */
  ShapleyEstimate estimate(CoalitionGame game, long budget, long seed);
}
