package org.agora.cli;

/**
 * A command could not do its work for a reason people can act on (an unreadable file, an agent
 * that broke the rules, a tree too deep to enumerate). The message is shown as it is, after
 * {@code agora: }, and the command exits with code 1.
 */
public final class CommandFailure extends RuntimeException {

  public CommandFailure(String message) {
    super(message);
  }

  public CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
