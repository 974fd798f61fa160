package org.agora.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.agora.cli.output.ProgressBar;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.evaluation.match.MatchFailure;

/**
 * How the match commands ({@code play}, {@code tournament}) run library work: on the calling thread
 * with one thread, else on {@code threads} daemon threads owned by the run and closed when it ends;
 * progress drawn on the command's bar; Ctrl-C setting the job's cancellation flag (the work then
 * throws {@link org.agora.core.job.JobCancelledException}); a {@link MatchFailure} reported as a
 * one-line command failure.
 */
public final class MatchRun {

  private MatchRun() {}

  /**
   * Runs {@code work} under a job context with {@code threads} workers.
   *
   * @param progress the bar to draw, or null for none; finished when the run ends
   * @param threadName the worker threads' name
   */
  public static <T> T run(int threads, ProgressBar progress, String threadName, Function<JobContext, T> work) {
    return run(threads, progress, ProgressListener.NONE, threadName, work);
  }

  /**
   * Runs {@code work} as {@link #run(int, ProgressBar, String, Function)} does, also handing every
   * progress report to {@code also} (which must be thread-safe and cheap, e.g. a throttled store update).
   */
  public static <T> T run(int threads, ProgressBar progress, ProgressListener also, String threadName,
      Function<JobContext, T> work) {
    ProgressListener listener = progress == null ? also : (done, total) -> {
      synchronized (progress) {
        long delta = done - progress.done();
        if (delta > 0) {
          progress.advance(delta);
        }
        progress.refresh();
      }
      also.progress(done, total);
    };
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, threadName);
      thread.setDaemon(true);
      return thread;
    });
    Cancellation cancellation = Cancellation.create();
    try (Interrupts interrupts = Interrupts.cancel(cancellation)) {
      return work.apply(new JobContext(listener, cancellation, pool, threads));
    } catch (MatchFailure e) {
      throw new CommandFailure(e.getMessage(), e);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      if (progress != null) {
        progress.finish();
      }
    }
  }
}
