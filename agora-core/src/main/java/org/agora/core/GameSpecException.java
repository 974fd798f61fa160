package org.agora.core;

/**
 * A game string or game parameter is invalid. The message names the offending part and what is
 * allowed, and is meant to be shown to people as it is.
 */
public final class GameSpecException extends IllegalArgumentException {
  public GameSpecException(String message) {
    super(message);
  }
}
