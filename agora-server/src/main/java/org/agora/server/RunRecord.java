package org.agora.server;

import java.time.Instant;
import java.util.Objects;
import org.agora.store.RunStatus;

/**
 * One recorded run (a job submitted to the server), without its result.
 *
 * @param id the run id, positive
 * @param kind the job kind: solve, tournament or psro
 * @param title a short human-readable title, e.g. {@code cfr+ on kuhn_poker}
 * @param specJson the job's specification as JSON text
 * @param status where the run is
 * @param done progress units done
 * @param total progress units in all, or -1 when unknown
 * @param error the one-line reason of a failed run, else null
 * @param tournamentId the stored tournament holding a tournament run's matches, else null
 * @param createdAt when it was submitted
 * @param updatedAt when it last changed
 */
public record RunRecord(long id, String kind, String title, String specJson, RunStatus status, long done, long total,
    String error, Long tournamentId, Instant createdAt, Instant updatedAt) {

  public RunRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(specJson, "specJson");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
