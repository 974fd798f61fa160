package org.agora.cooperative.game;

/** A {@link BudgetedGame} was asked for more distinct coalition values than its budget allows. */
public final class BudgetExceededException extends IllegalStateException {

  public BudgetExceededException(String message) {
    super(message);
  }
}
