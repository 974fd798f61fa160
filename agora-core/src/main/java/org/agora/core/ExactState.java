package org.agora.core;

/**
 * Optional ability of a {@link State} whose returns and chance probabilities are exact rationals
 * (games read from Gambit files, matrix games with rational payoffs). Exact solvers and exporters use
 * it to keep results exact; the {@code double} methods of {@link State} stay the rounded values.
 */
public interface ExactState {

  /** Player's exact return (see {@link State#returns(int)}). */
  Rational exactReturn(int player);

  /**
   * At a chance node writes the outcome ids and their exact probabilities and returns the count
   * (same outcomes and order as {@link State#chanceOutcomes(int[], double[])}).
   */
  int exactChanceOutcomes(int[] outcomes, Rational[] probabilities);
}
