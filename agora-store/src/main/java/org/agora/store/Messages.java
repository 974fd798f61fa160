package org.agora.store;

/** One-line messages of database failures. */
final class Messages {

  private Messages() {
  }

  /** The message of {@code failure}, or of its innermost cause that has one, on one line. */
  static String of(Throwable failure) {
    String message = null;
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
        break;
      }
    }
    if (message == null) {
      message = failure.getClass().getSimpleName();
    }
    return Urls.masked(message.strip().replaceAll("\\s*\\R\\s*", " "));
  }
}
