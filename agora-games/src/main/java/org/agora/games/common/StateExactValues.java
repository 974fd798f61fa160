package org.agora.games.common;

import org.agora.core.ExactValues;
import org.agora.core.Rational;
import org.agora.core.State;

/** The {@link ExactValues} ability of a game whose states are {@link ExactStateValues}. */
public final class StateExactValues implements ExactValues {

  /** The one instance: it holds nothing. */
  public static final StateExactValues INSTANCE = new StateExactValues();

  private StateExactValues() {}

  @Override
  public Rational exactReturn(State state, int player) {
    return ((ExactStateValues) state).exactReturn(player);
  }

  @Override
  public int exactChanceOutcomes(State state, int[] outcomes, Rational[] probabilities) {
    return ((ExactStateValues) state).exactChanceOutcomes(outcomes, probabilities);
  }
}
