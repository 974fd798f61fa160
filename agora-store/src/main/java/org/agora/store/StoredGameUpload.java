package org.agora.store;

import java.util.Objects;

/**
 * A stored uploaded game with its text.
 *
 * @param summary everything but the text
 * @param text the uploaded Gambit file as it was sent
 */
public record StoredGameUpload(GameUploadSummary summary, String text) {

  public StoredGameUpload {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(text, "text");
  }

  /** The upload's id. */
  public long id() {
    return summary.id();
  }
}
