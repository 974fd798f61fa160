package org.agora.io;

import org.agora.core.ExactValues;
import org.agora.core.Rational;
import org.agora.core.State;

/** The exact payoffs and chance probabilities of an {@link EfgGame}, read from its tree. */
final class EfgExactValues implements ExactValues {

  @Override
  public Rational exactReturn(State state, int player) {
    return ((EfgState) state).exactReturn(player);
  }

  @Override
  public int exactChanceOutcomes(State state, int[] outcomes, Rational[] probabilities) {
    return ((EfgState) state).exactChanceOutcomes(outcomes, probabilities);
  }
}
