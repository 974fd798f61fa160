package org.agora.server;

import java.util.List;
import java.util.Optional;

/**
 * Where the server records its runs. {@link InMemoryRunRepository} keeps them for the life of the
 * process; a database implementation (agora-store's run table) keeps them across restarts.
 * Implementations are thread-safe. Status changes of an unknown id are ignored (the run was deleted).
 */
public interface RunRepository {

  /** Records a new queued run and returns its id. */
  long create(String kind, String title, String specJson, Long tournamentId);

  /** The run started (or restarted, when resumed). */
  void markRunning(long id);

  /** Progress so far ({@code total} is -1 when unknown). */
  void updateProgress(long id, long done, long total);

  /** The run finished; {@code resultJson} is its result. */
  void complete(long id, String resultJson);

  /** The run failed for a one-line {@code error}. */
  void fail(long id, String error);

  /** The run was cancelled at a client's request. */
  void cancel(long id);

  /** Marks every queued or running run interrupted (at shutdown, or at start after a crash); returns how many. */
  int interruptRunning();

  /** The run, if recorded. */
  Optional<RunRecord> get(long id);

  /** The runs the filter accepts, newest first. */
  List<RunRecord> list(RunFilter filter);

  /** The result JSON of a completed run, if any. */
  Optional<String> result(long id);

  /** Deletes the run and its result; false when there was none. */
  boolean delete(long id);
}
