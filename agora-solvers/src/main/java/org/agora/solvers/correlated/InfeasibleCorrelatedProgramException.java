package org.agora.solvers.correlated;

/**
 * Thrown when no distribution satisfies the equilibrium's incentive constraints together with the
 * caller's linear constraints. (Without caller constraints this cannot happen: every finite game
 * has a Nash equilibrium, whose product distribution is a correlated equilibrium.)
 */
public final class InfeasibleCorrelatedProgramException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public InfeasibleCorrelatedProgramException(String message) {
    super(message);
  }
}
