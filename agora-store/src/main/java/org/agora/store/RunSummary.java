package org.agora.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored job run without its specification and result text (what a listing shows).
 *
 * @param id the store's id of the run
 * @param kind the job kind ({@code solve}, {@code tournament}, {@code psro}, ...)
 * @param title a short label for people
 * @param status where it stands
 * @param done units of work done
 * @param total units of work in all, or -1 when not known
 * @param hasResult true when a result is stored ({@link RunStore#result})
 * @param error the one-line reason it failed, or null
 * @param tournamentId the stored tournament holding its matches, or null
 * @param createdAt when it was created
 * @param startedAt when a worker last started it, or null
 * @param finishedAt when it last finished (completed, failed, cancelled, interrupted), or null
 * @param updatedAt when it last changed
 */
public record RunSummary(long id, String kind, String title, RunStatus status, long done, long total,
    boolean hasResult, String error, Long tournamentId, Instant createdAt, Instant startedAt, Instant finishedAt,
    Instant updatedAt) {

  public RunSummary {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** True when the total work is known. */
  public boolean totalKnown() {
    return total >= 0;
  }
}
