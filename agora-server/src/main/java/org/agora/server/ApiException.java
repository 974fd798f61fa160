package org.agora.server;

/**
 * A client error the API answers with {@code status} and {@code {"error": message}}: the message is
 * one line saying what was wrong and what is allowed.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status: 400, 401, 404, 405, 409, 413, 415, 429 or 503. */
  public int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  static ApiException conflict(String message) {
    return new ApiException(409, message);
  }
}
