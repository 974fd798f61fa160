package org.agora.core.job;

/**
 * Receives the progress of a job as units done out of a total. Jobs call it from any of their
 * threads, possibly often, so implementations must be thread-safe and cheap; a listener that
 * redraws a screen throttles itself. Calls for one job report non-decreasing {@code done} values
 * from the thread that merged them, or from workers in any order when a job says so.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores everything. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * Progress so far.
   *
   * @param done units completed (episodes, iterations, pivots: the job's Javadoc says which)
   * @param total units in all, or {@code -1} when unknown
   */
  void progress(long done, long total);
}
