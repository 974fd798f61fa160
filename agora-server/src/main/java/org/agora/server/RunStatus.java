package org.agora.server;

import java.util.Locale;

/** Where a run is in its life: queued, running, then one of the four final states. */
public enum RunStatus {
  QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED,
  /** Was queued or running when the server stopped; a tournament can be resumed. */
  INTERRUPTED;

  /** The lower-case name used in JSON and in the database. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for a state a run never leaves (except an interrupted run that is resumed). */
  public boolean isFinal() {
    return this != QUEUED && this != RUNNING;
  }

  /**
   * The status of a lower-case name.
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static RunStatus ofWireName(String name) {
    for (RunStatus status : values()) {
      if (status.wireName().equals(name)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown status '" + name
        + "'; allowed: queued, running, completed, failed, cancelled, interrupted");
  }
}
