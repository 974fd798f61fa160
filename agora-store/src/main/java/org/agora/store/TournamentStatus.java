package org.agora.store;

import java.util.Locale;

/** Where a stored tournament stands; stored in lower case ({@code running}, ...). */
public enum TournamentStatus {
  /** Created and being played, or killed while being played (resume it). */
  RUNNING,
  /** Every match is stored. */
  COMPLETED,
  /** Stopped by the user (Ctrl-C); resumable. */
  CANCELLED,
  /** Stopped by an error (an agent broke the rules, the database failed); resumable. */
  FAILED;

  /** The stored name. */
  public String storedName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status of a stored name. */
  public static TournamentStatus ofStoredName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
