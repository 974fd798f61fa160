package org.agora.evaluation.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.agora.core.job.JobContext;

/**
 * Runs numbered work items on a {@link JobContext}'s executor: at most {@code parallelism} workers
 * take the items {@code 0..count-1} from a shared counter, so each item runs exactly once and the
 * caller decides what an item means (a chunk of episodes, a block of matches). With parallelism 1,
 * or one item, everything runs on the calling thread. Threads are never created or shut down here.
 *
 * <p>The first failure stops the workers from taking new items; the workers already running are
 * awaited, then the failure is rethrown (a checked throwable wrapped in a {@link MatchFailure}).
 */
public final class ParallelWork {

  private ParallelWork() {}

  /**
   * Runs {@code item.accept(i)} for every {@code i} in {@code [0, count)}.
   *
   * @throws MatchFailure if the calling thread is interrupted while waiting for the workers
   */
  public static void forEach(JobContext context, int count, IntConsumer item) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      int i;
      while (failure.get() == null && (i = next.getAndIncrement()) < count) {
        try {
          item.accept(i);
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }
    };
    int workers = Math.min(context.parallelism(), count);
    if (workers <= 1) {
      worker.run();
    } else {
      runOnExecutor(context, worker, workers, failure);
    }
    rethrow(failure.get());
  }

  /**
   * Submits {@code workers} copies of {@code worker} and waits for all of them. If the executor
   * rejects a task, the failure stops the tasks already running, which are awaited before it is
   * thrown.
   */
  private static void runOnExecutor(JobContext context, Runnable worker, int workers, AtomicReference<Throwable> failure) {
    List<Future<?>> futures = new ArrayList<>(workers);
    for (int w = 0; w < workers; w++) {
      FutureTask<Void> task = new FutureTask<>(worker, null);
      try {
        context.executor().execute(task);
      } catch (RuntimeException rejected) {
        failure.compareAndSet(null, rejected);
        break;
      }
      futures.add(task);
    }
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        MatchFailure interrupted = new MatchFailure("interrupted while playing", e);
        failure.compareAndSet(null, interrupted);
        throw interrupted;
      } catch (ExecutionException e) {
        failure.compareAndSet(null, e.getCause());
      }
    }
  }

  private static void rethrow(Throwable failure) {
    if (failure == null) {
      return;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new MatchFailure("playing failed: " + failure, failure);
  }
}
