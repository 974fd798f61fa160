package org.agora.core;

/**
 * Ability of a game whose returns and chance probabilities are exact rationals (games read from
 * Gambit files, matrix games with rational payoffs, card games). Exact solvers and exporters use it
 * to keep results exact; the {@code double} methods of {@link State} stay the rounded values.
 */
public interface ExactValues extends GameAbility {

  /** Player's exact return at {@code state} (see {@link State#returns(int)}). */
  Rational exactReturn(State state, int player);

  /**
   * At a chance node writes the outcome ids and their exact probabilities and returns the count (same
   * outcomes and order as {@link State#chanceOutcomes(int[], double[])}); returns 0 elsewhere.
   */
  int exactChanceOutcomes(State state, int[] outcomes, Rational[] probabilities);
}
