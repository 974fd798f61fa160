package org.agora.cli.store;

import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.job.ProgressListener;
import org.agora.store.RunStore;

/** Progress of a job run written to its stored row at most once a second (thread-safe and cheap to call). */
public final class StoredProgress {

  /** Least time between two progress updates of the stored run. */
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private StoredProgress() {}

  /** A listener that updates run {@code id}'s progress in {@code runs}, throttled to once a second. */
  public static ProgressListener of(RunStore runs, long id) {
    AtomicLong lastStored = new AtomicLong(System.nanoTime());
    return (done, total) -> {
      long now = System.nanoTime();
      long last = lastStored.get();
      if (now - last >= INTERVAL_NANOS && lastStored.compareAndSet(last, now)) {
        runs.updateProgress(id, done, total);
      }
    };
  }
}
