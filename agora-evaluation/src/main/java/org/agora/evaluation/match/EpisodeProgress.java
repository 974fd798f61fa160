package org.agora.evaluation.match;

import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.job.ProgressListener;

/**
 * Counts finished episodes across workers and forwards the count to a {@link ProgressListener}
 * without slowing fast episodes down. Every episode costs one atomic increment and a mask test; the
 * listener is called every {@code stride} episodes, where the stride doubles while calls come less
 * than a millisecond apart and halves when they come more than 50 ms apart, so the listener sees a
 * few hundred calls a second at most and a slow episode is still reported as it ends. Calls are made
 * under a lock and only with a count above the last one reported, so the listener sees
 * non-decreasing values whichever worker reports.
 */
final class EpisodeProgress {

  private static final long FAST_NANOS = 1_000_000L;
  private static final long SLOW_NANOS = 50_000_000L;
  private static final long MAX_MASK = (1L << 20) - 1;

  private final ProgressListener listener;
  private final long total;
  private final AtomicLong done = new AtomicLong();
  private volatile long mask;
  private long reported;
  private long lastNanos = System.nanoTime();

  EpisodeProgress(ProgressListener listener, long total) {
    this.listener = listener;
    this.total = total;
  }

  /** Records one finished episode; called by the workers. */
  void episodeDone() {
    long count = done.incrementAndGet();
    if ((count & mask) == 0 || count == total) {
      report(count);
    }
  }

  /** Reports the final count if it has not been reported yet. */
  void finish() {
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
    if (elapsed < FAST_NANOS && mask < MAX_MASK) {
      mask = mask * 2 + 1;
    } else if (elapsed > SLOW_NANOS && mask > 0) {
      mask = mask >>> 1;
    }
    listener.progress(count, total);
  }
}
