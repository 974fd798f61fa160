package org.agora.store;

import java.util.Objects;

/**
 * A stored job run with its specification; its result text, which may be large, is read apart
 * ({@link RunStore#result}).
 *
 * @param summary everything but the specification and result
 * @param spec the job specification as the server wrote it (JSON; opaque to the store)
 */
public record StoredRun(RunSummary summary, String spec) {

  public StoredRun {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(spec, "spec");
  }

  /** The run's id. */
  public long id() {
    return summary.id();
  }

  /** Where it stands. */
  public RunStatus status() {
    return summary.status();
  }
}
