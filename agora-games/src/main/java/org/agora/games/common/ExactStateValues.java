package org.agora.games.common;

import org.agora.core.Rational;

/**
 * Exact values a state of this module computes itself; {@link StateExactValues} offers them as the
 * game's {@link org.agora.core.ExactValues} ability.
 */
public interface ExactStateValues {

  /** Player's exact return (see {@link org.agora.core.State#returns(int)}). */
  Rational exactReturn(int player);

  /**
   * At a chance node writes the outcome ids and their exact probabilities and returns the count;
   * returns 0 elsewhere.
   */
  int exactChanceOutcomes(int[] outcomes, Rational[] probabilities);
}
