package org.agora.cli.bandit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.learning.bandits.ParallelRuns;

/**
 * Runs the independent tasks of a multi-seed bandit experiment (one task per policy and seed) on a job
 * context's workers, deterministically: the task seeds are split from one {@link java.util.SplittableRandom} in
 * task order before any task starts (the scheme of {@link org.agora.learning.bandits.BanditExperiment#taskSeeds()}),
 * each worker takes the next task index until none is left, and every result is placed by its index, so the
 * numbers do not depend on the thread count. Progress counts finished tasks; cancellation is polled before
 * each task (a task is not interrupted); the first failure stops the other workers after their current task
 * and is rethrown.
 */
public final class SeededRuns {

  private SeededRuns() {}

  /** The seeds of {@code count} tasks from the experiment seed {@code seed}, in task order. */
  public static long[] taskSeeds(long seed, int count) {
    return ParallelRuns.taskSeeds(seed, count);
  }

  /**
   * Runs {@code task} for every index in {@code [0, total)} on up to {@code context.parallelism()} workers and
   * returns the results in index order.
   */
  public static <T> List<T> run(JobContext context, int total, IntFunction<T> task) {
    Object[] results = new Object[total];
    AtomicInteger next = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    Runnable worker = () -> {
      try {
        for (int index = next.getAndIncrement(); index < total; index = next.getAndIncrement()) {
          context.cancellation().throwIfCancelled();
          results[index] = task.apply(index);
          context.progress().progress(done.incrementAndGet(), total);
        }
      } catch (RuntimeException | Error failure) {
        next.set(total);
        throw failure;
      }
    };
    int workers = Math.min(context.parallelism(), total);
    if (workers <= 1 || context.executor() == null) {
      worker.run();
    } else {
      runOnExecutor(worker, workers, context, () -> next.set(total));
    }
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) Arrays.asList(results);
    return list;
  }

  private static void runOnExecutor(Runnable worker, int workers, JobContext context, Runnable stop) {
    List<FutureTask<Void>> tasks = new ArrayList<>(workers);
    for (int i = 0; i < workers; i++) {
      FutureTask<Void> task = new FutureTask<>(worker, null);
      tasks.add(task);
      context.executor().execute(task);
    }
    RuntimeException failure = null;
    for (FutureTask<Void> task : tasks) {
      try {
        task.get();
      } catch (InterruptedException interrupted) {
        stop.run();
        Thread.currentThread().interrupt();
        throw new JobCancelledException();
      } catch (ExecutionException execution) {
        Throwable cause = execution.getCause();
        if (cause instanceof Error error) {
          throw error;
        }
        RuntimeException runtime = cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        if (failure == null || failure instanceof JobCancelledException) {
          failure = runtime;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
