package org.agora.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agora.store.RunStatus;
import org.agora.store.RunStore;
import org.agora.store.RunSummary;
import org.agora.store.StoredRun;

/**
 * The server's runs in the database ({@link RunStore}, agora-store's {@code job_run} table), so a
 * restarted server finds every run again: its status, progress, result and stored tournament.
 *
 * <p>The store guards its state machine; this adapter maps the server's calls onto it. Restarting a
 * resumable run (interrupted, cancelled or failed) goes through the store's {@code markResumed}
 * (back to queued) before {@code markRunning}; deleting a run the queue refused (still queued)
 * cancels it first. Deleting a run deletes its stored tournament with it.
 */
public final class StoredRunRepository implements RunRepository {

  private final RunStore store;

  public StoredRunRepository(RunStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public long create(String kind, String title, String specJson, Long tournamentId) {
    long id = store.create(kind, title, specJson);
    if (tournamentId != null) {
      store.linkTournament(id, tournamentId);
    }
    return id;
  }

  @Override
  public void markRunning(long id) {
    Optional<StoredRun> run = store.find(id);
    if (run.isPresent() && run.get().status().resumable()) {
      store.markResumed(id);
    }
    store.markRunning(id);
  }

  @Override
  public void updateProgress(long id, long done, long total) {
    store.updateProgress(id, done, total);
  }

  @Override
  public void complete(long id, String resultJson) {
    store.complete(id, resultJson);
  }

  @Override
  public void fail(long id, String error) {
    store.fail(id, error);
  }

  @Override
  public void cancel(long id) {
    store.cancel(id);
  }

  @Override
  public int interruptRunning() {
    return store.interruptRunning().size();
  }

  @Override
  public Optional<RunRecord> get(long id) {
    return store.find(id).map(run -> record(run.summary(), run.spec()));
  }

  @Override
  public List<RunRecord> list(RunFilter filter) {
    RunStatus status = filter.status() == null ? null
        : filter.status();
    List<RunRecord> runs = new ArrayList<>();
    for (StoredRun run : store.listWithSpecs(filter.kind(), status, filter.limit(), 0)) {
      runs.add(record(run.summary(), run.spec()));
    }
    return runs;
  }

  @Override
  public Optional<String> result(long id) {
    return store.result(id);
  }

  @Override
  public boolean delete(long id) {
    RunStore.Deletion deletion = store.delete(id);
    if (deletion == RunStore.Deletion.ACTIVE) {
      store.cancel(id);
      deletion = store.delete(id);
    }
    return deletion == RunStore.Deletion.DELETED;
  }

  private static RunRecord record(RunSummary summary, String spec) {
    return new RunRecord(summary.id(), summary.kind(), summary.title(), spec,
        summary.status(), summary.done(), summary.total(), summary.error(),
        summary.tournamentId(), summary.createdAt(), summary.updatedAt());
  }
}
