package org.agora.server;

import org.agora.store.RunStatus;
/**
 * Which runs a listing returns: optional kind and status, and at most {@code limit} of them, newest
 * first.
 *
 * @param kind a job kind, or null for all
 * @param status a status, or null for all
 * @param limit at most this many runs, at least 1
 */
public record RunFilter(String kind, RunStatus status, int limit) {

  public RunFilter {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
  }

  /** True when {@code run} passes the kind and status filters. */
  public boolean accepts(RunRecord run) {
    return (kind == null || kind.equals(run.kind())) && (status == null || status == run.status());
  }
}
