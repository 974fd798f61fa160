package org.agora.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored uploaded game without its text (what a listing shows).
 *
 * @param id the store's id of the upload
 * @param format {@code nfg} or {@code efg}
 * @param title the game's title in the file (may be empty)
 * @param players the game's player count
 * @param createdAt when it was uploaded
 */
public record GameUploadSummary(long id, String format, String title, int players, Instant createdAt) {

  public GameUploadSummary {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
