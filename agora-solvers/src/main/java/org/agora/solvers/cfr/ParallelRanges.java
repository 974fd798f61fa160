package org.agora.solvers.cfr;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;

/**
 * Runs a loop body over an index range split into at most {@code threads} contiguous chunks, the
 * first in the calling thread and the rest in a private {@link ForkJoinPool}. Each index belongs to
 * exactly one chunk, so a body that writes only at its own indices gives the same result for every
 * thread count.
 */
final class ParallelRanges implements AutoCloseable {

  /** A loop body over {@code [from, to)}. */
  @FunctionalInterface
  interface Body {
    void run(int from, int to);
  }

  private final int threads;
  private final int grain;
  private final ForkJoinPool pool;
  private final ForkJoinTask<?>[] tasks;
  /** Every worker the pool started, so that {@link #close} can wait until each has exited. */
  private final Queue<ForkJoinWorkerThread> workers = new ConcurrentLinkedQueue<>();

  ParallelRanges(int threads, int grain) {
    this.threads = threads;
    this.grain = grain;
    this.pool = threads > 1 ? new ForkJoinPool(threads - 1, this::newWorker, null, false) : null;
    this.tasks = new ForkJoinTask<?>[threads];
  }

  /** Runs {@code body} over {@code [from, to)}, in parallel when the range has at least two grains. */
  void run(int from, int to, Body body) {
    run(from, to, grain, body);
  }

  /** Runs {@code body} over {@code [from, to)} in chunks of at least {@code minimumChunk} indices. */
  void run(int from, int to, int minimumChunk, Body body) {
    int length = to - from;
    int chunks = pool == null ? 1 : Math.min(threads, length / minimumChunk);
    if (chunks <= 1) {
      body.run(from, to);
      return;
    }
    for (int c = 1; c < chunks; c++) {
      int start = from + (int) ((long) length * c / chunks);
      int end = from + (int) ((long) length * (c + 1) / chunks);
      tasks[c] = pool.submit(() -> body.run(start, end));
    }
    body.run(from, from + length / chunks);
    for (int c = 1; c < chunks; c++) {
      tasks[c].join();
      tasks[c] = null;
    }
  }

  private ForkJoinWorkerThread newWorker(ForkJoinPool owner) {
    ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(owner);
    workers.add(worker);
    return worker;
  }

  /**
   * Shuts the pool down and waits (at most about 10 s) until its workers have exited: the pool
   * reports termination slightly before its last worker thread has finished, so the threads are
   * joined as well.
   */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        pool.awaitTermination(10, TimeUnit.SECONDS);
        for (ForkJoinWorkerThread worker : workers) {
          long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
          if (left > 0) {
            worker.join(left);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
