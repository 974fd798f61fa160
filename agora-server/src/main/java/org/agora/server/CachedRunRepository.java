package org.agora.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link RunRepository} that answers reads from memory: every run's record (loaded once, then kept
 * current by the writes that pass through it) and the results of the last {@link #RESULTS} completed
 * runs read. The API's reads (a job, the job list, the event streams' polling, a result fetched
 * again) then never wait for the database, which the job threads keep busy writing tournament
 * matches and progress.
 *
 * <p>Writes go to the underlying repository first; the record is then read back from it, so what the
 * cache holds is what the database holds. Writes (with their read-back) are serialised, so a slower
 * writer never puts back an older state over a newer one. The server must be the only writer of its runs (as it is:
 * the CLI writes tournaments, not runs).
 */
final class CachedRunRepository implements RunRepository {

  /** Results kept in memory, the most recently read. */
  static final int RESULTS = 32;

  private final RunRepository runs;
  private final ConcurrentNavigableMap<Long, RunRecord> records = new ConcurrentSkipListMap<>();
  private final Map<Long, String> results = new LinkedHashMap<>(RESULTS * 2, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
      return size() > RESULTS;
    }
  };

  CachedRunRepository(RunRepository runs) {
    this.runs = Objects.requireNonNull(runs, "runs");
    load();
  }

  private void load() {
    for (RunRecord run : runs.list(new RunFilter(null, null, Integer.MAX_VALUE))) {
      records.put(run.id(), run);
    }
  }

  /** Reads the run back after a write, and forgets its cached result (a write may have replaced it). */
  private void refresh(long id) {
    forgetResult(id);
    Optional<RunRecord> now = runs.get(id);
    if (now.isPresent()) {
      records.put(id, now.get());
    } else {
      records.remove(id);
    }
  }

  @Override
  public synchronized long create(String kind, String title, String specJson, Long tournamentId) {
    long id = runs.create(kind, title, specJson, tournamentId);
    refresh(id);
    return id;
  }

  @Override
  public synchronized void markRunning(long id) {
    runs.markRunning(id);
    refresh(id);
  }

  @Override
  public synchronized void updateProgress(long id, long done, long total) {
    runs.updateProgress(id, done, total);
    refresh(id);
  }

  @Override
  public synchronized void complete(long id, String resultJson) {
    runs.complete(id, resultJson);
    refresh(id);
  }

  @Override
  public synchronized void fail(long id, String error) {
    runs.fail(id, error);
    refresh(id);
  }

  @Override
  public synchronized void cancel(long id) {
    runs.cancel(id);
    refresh(id);
  }

  @Override
  public synchronized int interruptRunning() {
    int interrupted = runs.interruptRunning();
    for (RunRecord run : records.values()) {
      if (run.status().active()) {
        refresh(run.id());
      }
    }
    return interrupted;
  }

  @Override
  public Optional<RunRecord> get(long id) {
    return Optional.ofNullable(records.get(id));
  }

  @Override
  public List<RunRecord> list(RunFilter filter) {
    List<RunRecord> listed = new ArrayList<>(Math.min(filter.limit(), 64));
    for (RunRecord run : records.descendingMap().values()) {
      if (filter.accepts(run)) {
        listed.add(run);
        if (listed.size() == filter.limit()) {
          break;
        }
      }
    }
    return listed;
  }

  @Override
  public Optional<String> result(long id) {
    synchronized (results) {
      String cached = results.get(id);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    Optional<String> result = runs.result(id);
    result.ifPresent(text -> {
      synchronized (results) {
        results.put(id, text);
      }
    });
    return result;
  }

  @Override
  public synchronized boolean delete(long id) {
    boolean deleted = runs.delete(id);
    refresh(id);
    return deleted;
  }

  private void forgetResult(long id) {
    synchronized (results) {
      results.remove(id);
    }
  }
}
