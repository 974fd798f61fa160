package org.agora.learning.bandits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;

/**
 * The experiments' shared way of running independent seeded tasks: the task seeds are drawn in task
 * order from one {@link SplittableRandom} before any task starts, tasks run on a fixed pool of daemon
 * threads, and each result is placed at its task index, so the results are the same for any thread
 * count. {@link #run(int, int, String, ProgressListener, Cancellation, IntFunction)} uses its own pool;
 * {@link #run(JobContext, int, IntFunction)} the job context's executor (each worker takes the next task
 * index until none is left; the first failure stops the others after their current task and is rethrown).
 */
public final class ParallelRuns {

  private ParallelRuns() {}

  /** One seed per task, in task order: the next long of successive splits of {@code seed}'s generator. */
  public static long[] taskSeeds(long seed, int count) {
    SplittableRandom root = new SplittableRandom(seed);
    long[] taskSeeds = new long[count];
    for (int i = 0; i < count; i++) {
      taskSeeds[i] = root.split().nextLong();
    }
    return taskSeeds;
  }

  /**
   * Runs {@code task} for every index in {@code [0, count)}.
   *
   * @param threads worker threads, at least 1
   * @param name the worker threads' name
   * @param progress told the number of finished tasks out of {@code count}
   * @param cancellation polled before each task
   * @return the results by task index
   * @throws org.agora.core.job.JobCancelledException when cancelled
   */
  public static <T> List<T> run(int count, int threads, String name, ProgressListener progress,
      Cancellation cancellation, IntFunction<T> task) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    Object[] results = new Object[count];
    if (count == 0) {
      return List.of();
    }
    AtomicLong done = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          cancellation.throwIfCancelled();
          results[index] = task.apply(index);
          progress.progress(done.incrementAndGet(), count);
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + name, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) Arrays.asList(results);
    return List.copyOf(list);
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
