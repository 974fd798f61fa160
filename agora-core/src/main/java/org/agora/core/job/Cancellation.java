package org.agora.core.job;

/**
 * A cancellation flag shared between whoever runs a job and the job itself. The job polls it at
 * points where stopping leaves nothing half-written (between episodes, iterations or pivots) and
 * then throws {@link JobCancelledException}; the flag never interrupts threads. A flag once set
 * stays set.
 */
public final class Cancellation {

  private static final Cancellation NEVER = new Cancellation(false);

  private final boolean cancellable;
  private volatile boolean cancelled;

  private Cancellation(boolean cancellable) {
    this.cancellable = cancellable;
  }

  /** A new flag, not set. */
  public static Cancellation create() {
    return new Cancellation(true);
  }

  /** A shared flag that is never set (its {@link #cancel()} throws). */
  public static Cancellation never() {
    return NEVER;
  }

  /**
   * Asks the job to stop.
   *
   * @throws UnsupportedOperationException on the shared {@link #never()} flag
   */
  public void cancel() {
    if (!cancellable) {
      throw new UnsupportedOperationException("the shared never-cancelled flag cannot be cancelled");
    }
    cancelled = true;
  }

  /** True once {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Throws when the flag is set.
   *
   * @throws JobCancelledException when cancelled
   */
  public void throwIfCancelled() {
    if (cancelled) {
      throw new JobCancelledException();
    }
  }
}
