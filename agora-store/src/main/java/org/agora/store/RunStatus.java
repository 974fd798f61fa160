package org.agora.store;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a stored job run stands; stored in lower case ({@code queued}, ...). The transitions
 * ({@link RunStore} applies only these, atomically, and ignores the rest):
 * <ul>
 *   <li>created: {@code queued};</li>
 *   <li>{@code queued} -&gt; {@code running} ({@link RunStore#markRunning}), {@code failed}, {@code cancelled},
 *       {@code interrupted};</li>
 *   <li>{@code running} -&gt; {@code completed} ({@link RunStore#complete}), {@code failed}
 *       ({@link RunStore#fail}), {@code cancelled} ({@link RunStore#cancel}), {@code interrupted}
 *       ({@link RunStore#interruptRunning});</li>
 *   <li>{@code failed}, {@code cancelled}, {@code interrupted} -&gt; {@code queued}
 *       ({@link RunStore#markResumed});</li>
 *   <li>{@code completed} is final.</li>
 * </ul>
 * Progress is recorded only while {@code RUNNING}. A run that finished (completed, failed, cancelled
 * or interrupted) never goes back to running by itself: a worker that completes or fails a run the
 * user cancelled meanwhile is ignored; only {@link RunStore#markResumed} re-queues a failed,
 * cancelled or interrupted run.
 */
public enum RunStatus {
  /** Created (or resumed) and waiting for a worker. */
  QUEUED,
  /** A worker is running it. */
  RUNNING,
  /** Done; its result is stored. Final. */
  COMPLETED,
  /** Stopped by an error (its message is stored); resumable. */
  FAILED,
  /** Stopped by the user; resumable. */
  CANCELLED,
  /** Queued or running when the server stopped; resumable. */
  INTERRUPTED;

  /** The stored name. */
  public String storedName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status of a stored (lower-case) name, as also used in the server's JSON.
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static RunStatus ofStoredName(String name) {
    for (RunStatus status : values()) {
      if (status.storedName().equals(name)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown status '" + name
        + "'; allowed: queued, running, completed, failed, cancelled, interrupted");
  }

  /** True when a worker has it or will take it (queued or running). */
  public boolean active() {
    return this == QUEUED || this == RUNNING;
  }

  /** True when {@link RunStore#markResumed} may re-queue it (failed, cancelled or interrupted). */
  public boolean resumable() {
    return this == FAILED || this == CANCELLED || this == INTERRUPTED;
  }

  /** The statuses from which a run may move to {@code target}. */
  static Set<RunStatus> sourcesOf(RunStatus target) {
    return switch (target) {
      case QUEUED -> EnumSet.of(FAILED, CANCELLED, INTERRUPTED);
      case RUNNING -> EnumSet.of(QUEUED);
      case COMPLETED -> EnumSet.of(RUNNING);
      case FAILED, CANCELLED, INTERRUPTED -> EnumSet.of(QUEUED, RUNNING);
    };
  }

  /** True when a run may move from this status to {@code target}. */
  public boolean canBecome(RunStatus target) {
    return sourcesOf(target).contains(this);
  }
}
