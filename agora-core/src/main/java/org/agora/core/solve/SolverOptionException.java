package org.agora.core.solve;

/**
 * A solver option's value does not fit the game it is applied to, which only the solver can tell
 * (a Lemke-Howson starting label beyond the game's strategies). Front ends report it as a mistake in
 * that option; the message names the value and what the game allows.
 */
public final class SolverOptionException extends IllegalArgumentException {

  private final String option;

  /**
   * @param option the parameter's declared name, e.g. {@code label}
   * @param message what is wrong, for people
   */
  public SolverOptionException(String option, String message) {
    super(message);
    this.option = option;
  }

  /** The declared name of the parameter whose value does not fit. */
  public String option() {
    return option;
  }
}
