package org.agora.core.job;

/**
 * Receives the progress of a job as units done out of a total, and the points of any series the job
 * measures while it runs (a solver's convergence curve, a PSRO run's NashConv by iteration), so that
 * a watcher can draw them before the job ends. Jobs call it from any of their
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

  /**
   * A new point of a series the job measures as it runs; the points of one series arrive in
   * increasing {@code x}. The final result holds the whole series, so a listener may drop points.
   * Ignored unless overridden.
   *
   * @param series the series' name, as the job's result names it (e.g. {@code "exploitability"})
   * @param x where the point was measured (iterations, say: the job's Javadoc says which)
   * @param y the measured value; may be non-finite
   */
  default void point(String series, double x, double y) {}
}
