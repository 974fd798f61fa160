package org.agora.evaluation.match;

import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.job.ProgressListener;

/**
 * Counts finished episodes across workers and forwards the count to a {@link ProgressListener}
 * without slowing fast episodes down. A worker counts episodes in a local variable and hands them
 * over in batches of {@link #batch()} episodes; the batch doubles while hand-overs come less than a
 * millisecond apart and halves when they come more than 50 ms apart (it starts at 1, so a slow
 * episode is reported as it ends, and fast ones cost a local increment and a compare). Each
 * hand-over adds to one shared {@link AtomicLong} and calls the listener under a lock, only with a
 * count above the last one reported, so the listener sees non-decreasing values whichever worker
 * reports. Tournaments count matches with it the same way.
 */
public final class EpisodeProgress {

  private static final long FAST_NANOS = 1_000_000L;
  private static final long SLOW_NANOS = 50_000_000L;
  private static final int MAX_BATCH = 1 << 16;

  private final ProgressListener listener;
  private final long total;
  private final AtomicLong done = new AtomicLong();
  /** Episodes a worker counts before handing them over; read without a lock (any value works). */
  private int batch = 1;
  private long reported;
  private long lastNanos = System.nanoTime();

  /** Reports to {@code listener} out of {@code total} units (episodes or matches). */
  public EpisodeProgress(ProgressListener listener, long total) {
    this.listener = listener;
    this.total = total;
  }

  /** How many episodes a worker should count locally before calling {@link #add(long)}. */
  public int batch() {
    return batch;
  }

  /** Hands over {@code episodes} finished episodes; called by the workers. */
  public void add(long episodes) {
    report(done.addAndGet(episodes));
  }

  /** Reports the final count if it has not been reported yet. */
  public void finish() {
    report(done.get());
  }

  private synchronized void report(long count) {
    if (count <= reported) {
      return;
    }
    reported = count;
    long now = System.nanoTime();
    long elapsed = now - lastNanos;
    lastNanos = now;
    if (elapsed < FAST_NANOS && batch < MAX_BATCH) {
      batch *= 2;
    } else if (elapsed > SLOW_NANOS && batch > 1) {
      batch /= 2;
    }
    listener.progress(count, total);
  }
}
