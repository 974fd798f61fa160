package org.agora.core.job;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How a job runs, as opposed to what it computes ({@link JobSpec}): where progress goes, the flag
 * that cancels it, and the threads it may use. A job uses at most {@code parallelism} tasks on
 * {@code executor} and never creates or shuts down threads of its own unless its Javadoc says so;
 * the caller owns the executor. With {@code parallelism == 1} the job runs on the calling thread
 * and {@code executor} may be null. Results never depend on the parallelism.
 *
 * @param progress receives progress; never null
 * @param cancellation polled by the job; never null
 * @param executor runs the job's tasks when {@code parallelism > 1}
 * @param parallelism number of tasks the job may run at once, at least 1
 */
public record JobContext(ProgressListener progress, Cancellation cancellation, Executor executor, int parallelism) {

  public JobContext {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(cancellation, "cancellation");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
    }
    if (parallelism > 1 && executor == null) {
      throw new IllegalArgumentException("parallelism " + parallelism + " needs an executor");
    }
  }

  /** Runs on the calling thread with no progress and no cancellation. */
  public static JobContext sequential() {
    return new JobContext(ProgressListener.NONE, Cancellation.never(), null, 1);
  }

  /** Runs on the calling thread. */
  public static JobContext sequential(ProgressListener progress, Cancellation cancellation) {
    return new JobContext(progress, cancellation, null, 1);
  }
}
