package org.agora.core.solve;

/**
 * Thrown by a solver that refuses work whose estimate, from the game's size, is over one of its
 * {@link SolveLimits}; the message is one line naming the estimate, the limit and its flag.
 */
public final class SolveLimitExceededException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String limitName;
  private final long needed;
  private final long limit;

  /**
   * @param limitName the limit's parameter name, e.g. {@code max_tableau}
   * @param needed the estimate
   * @param limit the limit's value
   * @param message the one-line reason
   */
  public SolveLimitExceededException(String limitName, long needed, long limit, String message) {
    super(message);
    this.limitName = limitName;
    this.needed = needed;
    this.limit = limit;
  }

  /** The limit's parameter name ({@link SolveLimits#PARAMETERS}). */
  public String limitName() {
    return limitName;
  }

  /** The estimated work, in the limit's units. */
  public long needed() {
    return needed;
  }

  /** The limit's value. */
  public long limit() {
    return limit;
  }
}
