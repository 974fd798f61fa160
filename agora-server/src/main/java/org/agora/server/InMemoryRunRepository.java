package org.agora.server;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.agora.store.RunStatus;

/** A {@link RunRepository} in memory: runs last as long as the process. */
public final class InMemoryRunRepository implements RunRepository {

  private final Clock clock;
  private final TreeMap<Long, RunRecord> runs = new TreeMap<>();
  private final Map<Long, String> results = new HashMap<>();
  private long nextId = 1;

  public InMemoryRunRepository() {
    this(Clock.systemUTC());
  }

  InMemoryRunRepository(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized long create(String kind, String title, String specJson, Long tournamentId) {
    long id = nextId++;
    Instant now = clock.instant();
    runs.put(id, new RunRecord(id, kind, title, specJson, RunStatus.QUEUED, 0, -1, null, tournamentId, now, now));
    return id;
  }

  @Override
  public synchronized void markRunning(long id) {
    change(id, RunStatus.RUNNING, null);
  }

  @Override
  public synchronized void updateProgress(long id, long done, long total) {
    RunRecord run = runs.get(id);
    if (run != null) {
      runs.put(id, new RunRecord(id, run.kind(), run.title(), run.specJson(), run.status(), done, total, run.error(),
          run.tournamentId(), run.createdAt(), clock.instant()));
    }
  }

  @Override
  public synchronized void complete(long id, String resultJson) {
    if (runs.containsKey(id)) {
      results.put(id, resultJson);
      change(id, RunStatus.COMPLETED, null);
    }
  }

  @Override
  public synchronized void fail(long id, String error) {
    change(id, RunStatus.FAILED, error);
  }

  @Override
  public synchronized void cancel(long id) {
    change(id, RunStatus.CANCELLED, null);
  }

  @Override
  public synchronized int interruptRunning() {
    int count = 0;
    for (RunRecord run : new ArrayList<>(runs.values())) {
      if (run.status().active()) {
        change(run.id(), RunStatus.INTERRUPTED, null);
        count++;
      }
    }
    return count;
  }

  @Override
  public synchronized Optional<RunRecord> get(long id) {
    return Optional.ofNullable(runs.get(id));
  }

  @Override
  public synchronized List<RunRecord> list(RunFilter filter) {
    List<RunRecord> selected = new ArrayList<>();
    for (RunRecord run : runs.descendingMap().values()) {
      if (filter.accepts(run)) {
        selected.add(run);
        if (selected.size() == filter.limit()) {
          break;
        }
      }
    }
    return selected;
  }

  @Override
  public synchronized Optional<String> result(long id) {
    return Optional.ofNullable(results.get(id));
  }

  @Override
  public synchronized boolean delete(long id) {
    results.remove(id);
    return runs.remove(id) != null;
  }

  private void change(long id, RunStatus status, String error) {
    RunRecord run = runs.get(id);
    if (run != null) {
      runs.put(id, new RunRecord(id, run.kind(), run.title(), run.specJson(), status, run.done(), run.total(), error,
          run.tournamentId(), run.createdAt(), clock.instant()));
    }
  }
}
