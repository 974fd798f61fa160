package org.agora.store;

/**
 * The store could not do what was asked: the database cannot be reached or opened, the schema
 * cannot be migrated, a tournament does not exist, or a statement failed. The message is one line
 * meant for people (passwords in URLs are masked).
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
