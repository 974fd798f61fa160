package org.agora.core.job;

import java.util.Objects;

/**
 * Counts the steps of one job's inner loop (pivots, support pairs, bases, iterations), reports each
 * to the job's {@link ProgressListener} and polls its {@link Cancellation} before each, so that a
 * solver deep in a loop reports progress and stops cleanly with one call per step. Not thread-safe:
 * one meter per loop, used by one thread.
 */
public final class ProgressMeter {

  private final ProgressListener listener;
  private final Cancellation cancellation;
  private final long total;
  private long steps;

  private ProgressMeter(ProgressListener listener, Cancellation cancellation, long total) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
    if (total < 1 && total != -1) {
      throw new IllegalArgumentException("total must be >= 1, or -1 when unknown, got " + total);
    }
    this.total = total;
  }

  /** A meter reporting to {@code context}'s listener, with no known total. */
  public static ProgressMeter of(JobContext context) {
    return new ProgressMeter(context.progress(), context.cancellation(), -1);
  }

  /** A meter reporting to {@code context}'s listener, out of {@code total} steps. */
  public static ProgressMeter of(JobContext context, long total) {
    return new ProgressMeter(context.progress(), context.cancellation(), total);
  }

  /** A meter that reports nowhere and is never cancelled (it still counts). */
  public static ProgressMeter none() {
    return new ProgressMeter(ProgressListener.NONE, Cancellation.never(), -1);
  }

  /**
   * Starts one more step: throws when the job was cancelled, otherwise counts the step and reports
   * the count.
   *
   * @throws JobCancelledException when cancelled
   */
  public void step() {
    cancellation.throwIfCancelled();
    steps++;
    listener.progress(steps, total);
  }

  /** Reports a point of a series the loop measures; see {@link ProgressListener#point}. */
  public void point(String series, double x, double y) {
    listener.point(series, x, y);
  }

  /** Throws when the job was cancelled, without counting a step. */
  public void checkCancelled() {
    cancellation.throwIfCancelled();
  }

  /** Steps started so far. */
  public long steps() {
    return steps;
  }
}
