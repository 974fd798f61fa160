package org.agora.evaluation.match;

/**
 * A match could not be played to the end for a reason people can act on: an agent chose an illegal
 * action, the game did not end within its declared maximum length, or the thread waiting for the
 * workers was interrupted. The message names the agent, the action or the game and is meant to be
 * shown as it is.
 */
public final class MatchFailure extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public MatchFailure(String message) {
    super(message);
  }

  public MatchFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
