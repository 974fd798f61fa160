package org.agora.core.transform;

import org.agora.core.ExactState;
import org.agora.core.Rational;
import org.agora.core.State;

/** A {@link TurnBasedState} over an exact game: it forwards the wrapped state's exact values. */
final class ExactTurnBasedState extends TurnBasedState implements ExactState {

  ExactTurnBasedState(TurnBasedGame game, State inner) {
    super(game, inner);
  }

  private ExactTurnBasedState(ExactTurnBasedState other) {
    super(other);
  }

  @Override
  public Rational exactReturn(int player) {
    return ((ExactState) inner).exactReturn(player);
  }

  @Override
  public int exactChanceOutcomes(int[] outcomes, Rational[] probabilities) {
    return ((ExactState) inner).exactChanceOutcomes(outcomes, probabilities);
  }

  @Override
  public State copy() {
    return new ExactTurnBasedState(this);
  }
}
