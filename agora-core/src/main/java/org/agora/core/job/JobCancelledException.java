package org.agora.core.job;

/** Thrown by a job that stopped because its {@link Cancellation} flag was set. */
public final class JobCancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JobCancelledException() {
    super("cancelled");
  }
}
