package org.agora.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stored record of every job the workbench runs (a solve, a tournament, a PSRO run): its kind,
 * a title, the specification (JSON written by the server, opaque here), its status, progress,
 * result (JSON, possibly megabytes) or one-line error, and the stored tournament holding its
 * matches. Table {@code job_run}, created by migration V2.
 *
 * <p>Status changes follow {@link RunStatus}'s transitions, each applied atomically by one guarded
 * {@code UPDATE ... WHERE status IN (...)}: a method returns {@code true} when it applied and
 * {@code false} when the run's status did not allow it (a worker completing a run the user
 * cancelled meanwhile is ignored, and the run stays cancelled). A run that does not exist is a
 * {@link StoreException}.
 *
 * <p>Threads: every method runs in one transaction under the lock of the one connection it shares
 * with the {@link TournamentStore} of the same {@link AgoraDatabase}, so a store is safe to share
 * across a worker pool. One connection rather than a pool: SQLite admits one writer at a time
 * anyway (a second connection would wait on the file lock, up to the busy timeout, instead of on a
 * Java monitor), the statements here are single-row and short, and one connection keeps the two
 * stores' writes strictly ordered. Progress updates are a one-row update and commit each; callers
 * throttle them (a few per second per run).
 */
public final class RunStore implements AutoCloseable {

  /** Longest error message kept (characters). */
  static final int MAX_ERROR_LENGTH = 2000;

  /** What {@link #delete} did. */
  public enum Deletion {
    /** The run (and its stored tournament, if any) is gone. */
    DELETED,
    /** There is no such run. */
    NO_SUCH_RUN,
    /** The run is queued or running; cancel it first. Nothing was deleted. */
    ACTIVE
  }

  private final Database database;
  private final boolean ownsDatabase;
  private final DatabaseKind kind;
  private final Connection connection;
  /** The columns of a {@link RunSummary}: all but the specification and the result. */
  private final String summaryColumns;

  RunStore(Database database, boolean ownsDatabase) {
    this.database = database;
    this.ownsDatabase = ownsDatabase;
    this.kind = database.kind();
    this.connection = database.connection();
    this.summaryColumns = "id, kind, title, status, progress_done, progress_total, " + kind.isNotNull("result")
        + " AS has_result, error, tournament_id, created_at, started_at, finished_at, updated_at";
  }

  /**
   * Opens the database at a JDBC URL on its own connection, creating or upgrading its schema. A
   * server that also stores tournaments opens an {@link AgoraDatabase} and takes both stores from it.
   *
   * @throws StoreException when the URL is not supported, the database cannot be reached, or the
   *     schema cannot be migrated
   */
  public static RunStore open(String url) {
    return new RunStore(Database.open(url), true);
  }

  /** Opens (creating if needed) the embedded database in a data directory; see {@link DataDirectory}. */
  public static RunStore openDataDirectory(Path directory) {
    return open(Database.dataDirectoryUrl(directory));
  }

  /** The JDBC URL, password masked. */
  public String url() {
    return database.url();
  }

  /**
   * Stores a new run, status {@code queued}, progress 0 of unknown.
   *
   * @param kind the job kind ({@code solve}, {@code tournament}, {@code psro}, ...)
   * @param title a short label for people
   * @param specJson the job specification as JSON text
   * @return its id
   */
  public long create(String kind, String title, String specJson) {
    requireText(kind, "kind");
    requireText(title, "title");
    if (specJson == null) {
      throw new IllegalArgumentException("the specification is missing");
    }
    return database.inTransaction(() -> {
      Instant now = DatabaseKind.now();
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO job_run (kind, title, spec, status,"
          + " progress_done, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?) RETURNING id")) {
        insert.setString(1, kind);
        insert.setString(2, title);
        insert.setString(3, specJson);
        insert.setString(4, RunStatus.QUEUED.storedName());
        this.kind.setTime(insert, 5, now);
        this.kind.setTime(insert, 6, now);
        try (ResultSet key = insert.executeQuery()) {
          key.next();
          return key.getLong(1);
        }
      }
    });
  }

  /** {@code queued} -&gt; {@code running}: a worker took it (start time set, finish time cleared). */
  public boolean markRunning(long id) {
    return transition(id, RunStatus.RUNNING, "started_at = ?, finished_at = NULL", (statement, at) -> {
      kind.setTime(statement, at, DatabaseKind.now());
      return at + 1;
    });
  }

  /**
   * Records the progress of a running run ({@code total < 0}: not known). One single-row update and
   * commit; callers throttle.
   *
   * @return false when the run is not running (the progress is not recorded)
   */
  public boolean updateProgress(long id, long done, long total) {
    if (done < 0) {
      throw new IllegalArgumentException("progress done must be >= 0, got " + done);
    }
    return database.inTransaction(() -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE job_run SET progress_done = ?,"
          + " progress_total = ?, updated_at = ? WHERE id = ? AND status = ?")) {
        update.setLong(1, done);
        if (total < 0) {
          update.setNull(2, Types.BIGINT);
        } else {
          update.setLong(2, total);
        }
        kind.setTime(update, 3, DatabaseKind.now());
        update.setLong(4, id);
        update.setString(5, RunStatus.RUNNING.storedName());
        return applied(update.executeUpdate(), id);
      }
    });
  }

  /** {@code running} -&gt; {@code completed}, storing the result (JSON text, any size). */
  public boolean complete(long id, String resultJson) {
    if (resultJson == null) {
      throw new IllegalArgumentException("the result is missing");
    }
    return transition(id, RunStatus.COMPLETED, "result = ?, error = NULL, finished_at = ?", (statement, at) -> {
      statement.setString(at, resultJson);
      kind.setTime(statement, at + 1, DatabaseKind.now());
      return at + 2;
    });
  }

  /**
   * {@code queued} or {@code running} -&gt; {@code failed}, storing the message on one line (at most
   * {@value #MAX_ERROR_LENGTH} characters).
   */
  public boolean fail(long id, String message) {
    String line = oneLine(message);
    return transition(id, RunStatus.FAILED, "error = ?, finished_at = ?", (statement, at) -> {
      statement.setString(at, line);
      kind.setTime(statement, at + 1, DatabaseKind.now());
      return at + 2;
    });
  }

  /** {@code queued} or {@code running} -&gt; {@code cancelled}. */
  public boolean cancel(long id) {
    return transition(id, RunStatus.CANCELLED, "finished_at = ?", (statement, at) -> {
      kind.setTime(statement, at, DatabaseKind.now());
      return at + 1;
    });
  }

  /**
   * {@code failed}, {@code cancelled} or {@code interrupted} -&gt; {@code queued}, the error, result and
   * finish time cleared and the progress kept (a resumed job continues from what it stored).
   */
  public boolean markResumed(long id) {
    return transition(id, RunStatus.QUEUED, "error = NULL, result = NULL, finished_at = NULL", (statement, at) -> at);
  }

  /**
   * Marks every queued or running run {@code interrupted} (called when a server starts: no worker
   * has them any more), so that they can be resumed.
   *
   * @return their ids, ascending
   */
  public List<Long> interruptRunning() {
    return database.inTransaction(() -> {
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement update = connection.prepareStatement("UPDATE job_run SET status = ?, finished_at = ?,"
          + " updated_at = ? WHERE status IN (?, ?) RETURNING id")) {
        Instant now = DatabaseKind.now();
        update.setString(1, RunStatus.INTERRUPTED.storedName());
        kind.setTime(update, 2, now);
        kind.setTime(update, 3, now);
        update.setString(4, RunStatus.QUEUED.storedName());
        update.setString(5, RunStatus.RUNNING.storedName());
        try (ResultSet row = update.executeQuery()) {
          while (row.next()) {
            ids.add(row.getLong(1));
          }
        }
      }
      ids.sort(null);
      return ids;
    });
  }

  /**
   * Links run {@code id} to the stored tournament holding its matches ({@link #delete} deletes it
   * with the run).
   *
   * @throws StoreException when there is no such run or tournament
   */
  public void linkTournament(long id, long tournamentId) {
    database.inTransaction(() -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM tournament WHERE id = ?")) {
        query.setLong(1, tournamentId);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            throw new StoreException("no tournament " + tournamentId + " in " + url() + " to link run " + id + " to");
          }
        }
      }
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE job_run SET tournament_id = ?, updated_at = ? WHERE id = ?")) {
        update.setLong(1, tournamentId);
        kind.setTime(update, 2, DatabaseKind.now());
        update.setLong(3, id);
        if (update.executeUpdate() == 0) {
          throw unknown(id);
        }
      }
      return null;
    });
  }

  /** Run {@code id} with its specification, if there is one. */
  public Optional<StoredRun> find(long id) {
    return database.inTransaction(() -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT " + summaryColumns
          + ", spec FROM job_run WHERE id = ?")) {
        query.setLong(1, id);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          return Optional.of(new StoredRun(summary(row), row.getString("spec")));
        }
      }
    });
  }

  /**
   * Run {@code id} with its specification.
   *
   * @throws StoreException when there is no such run
   */
  public StoredRun get(long id) {
    return find(id).orElseThrow(() -> unknown(id));
  }

  /**
   * The result text of run {@code id}: empty until it completes.
   *
   * @throws StoreException when there is no such run
   */
  public Optional<String> result(long id) {
    return database.inTransaction(() -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT result FROM job_run WHERE id = ?")) {
        query.setLong(1, id);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            throw unknown(id);
          }
          return Optional.ofNullable(row.getString(1));
        }
      }
    });
  }

  /**
   * Runs newest first, without specification or result text.
   *
   * @param kind only runs of this kind, or null for all
   * @param status only runs with this status, or null for all
   * @param limit at most this many (at least 0)
   * @param offset skipping this many of the newest (at least 0)
   */
  public List<RunSummary> list(String kind, RunStatus status, int limit, long offset) {
    return listed("", kind, status, limit, offset, this::summary);
  }

  /**
   * Like {@link #list}, with each run's specification (still without the result text), in one
   * query: what a listing that shows the specifications needs, without a look-up per run.
   */
  public List<StoredRun> listWithSpecs(String kind, RunStatus status, int limit, long offset) {
    return listed(", spec", kind, status, limit, offset, row -> new StoredRun(summary(row), row.getString("spec")));
  }

  /** Reads one listed row (the summary columns plus any extra ones). */
  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private <T> List<T> listed(String extraColumns, String kind, RunStatus status, int limit, long offset,
      RowReader<T> reader) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be >= 0, got " + limit + " and " + offset);
    }
    return database.inTransaction(() -> {
      List<T> runs = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT " + summaryColumns + extraColumns
          + " FROM job_run" + where(kind, status) + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
        int at = bindFilter(query, kind, status);
        query.setInt(at, limit);
        query.setLong(at + 1, offset);
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            runs.add(reader.read(row));
          }
        }
      }
      return runs;
    });
  }

  /** How many runs {@link #list} would give without limit (kind and status as there). */
  public long count(String kind, RunStatus status) {
    return database.inTransaction(() -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM job_run" + where(kind, status))) {
        bindFilter(query, kind, status);
        try (ResultSet row = query.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }

  /**
   * Deletes run {@code id} and, in the same transaction, the stored tournament linked to it (its
   * agents, seatings, matches and seats), unless another run links the same tournament. Queued and
   * running runs are not deleted (cancel them first).
   */
  public Deletion delete(long id) {
    return database.inTransaction(() -> {
      RunStatus status;
      Long tournamentId;
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT status, tournament_id FROM job_run WHERE id = ?")) {
        query.setLong(1, id);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            return Deletion.NO_SUCH_RUN;
          }
          status = RunStatus.ofStoredName(row.getString(1));
          long linked = row.getLong(2);
          tournamentId = row.wasNull() ? null : linked;
        }
      }
      if (status.active()) {
        return Deletion.ACTIVE;
      }
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM job_run WHERE id = ?")) {
        delete.setLong(1, id);
        delete.executeUpdate();
      }
      if (tournamentId != null) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tournament WHERE id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM job_run WHERE tournament_id = ?)")) {
          delete.setLong(1, tournamentId);
          delete.setLong(2, tournamentId);
          delete.executeUpdate();
        }
      }
      return Deletion.DELETED;
    });
  }

  /** Closes the database, unless it was handed out by an {@link AgoraDatabase} (which closes it). */
  @Override
  public void close() {
    if (ownsDatabase) {
      database.close();
    }
  }


  /** Binds the extra values of a transition's SET clause from parameter {@code at}; returns the next. */
  private interface Binder {
    int bind(PreparedStatement statement, int at) throws SQLException;
  }

  private boolean transition(long id, RunStatus target, String set, Binder binder) {
    Set<RunStatus> sources = RunStatus.sourcesOf(target);
    String placeholders = sources.stream().map(s -> "?").collect(Collectors.joining(", "));
    return database.inTransaction(() -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE job_run SET status = ?, updated_at = ?, "
          + set + " WHERE id = ? AND status IN (" + placeholders + ")")) {
        update.setString(1, target.storedName());
        kind.setTime(update, 2, DatabaseKind.now());
        int at = binder.bind(update, 3);
        update.setLong(at++, id);
        for (RunStatus source : sources) {
          update.setString(at++, source.storedName());
        }
        return applied(update.executeUpdate(), id);
      }
    });
  }

  /** True when a guarded update changed the run; false when it exists in another status; else unknown. */
  private boolean applied(int updated, long id) throws SQLException {
    if (updated > 0) {
      return true;
    }
    try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM job_run WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw unknown(id);
        }
      }
    }
    return false;
  }

  private static String where(String kind, RunStatus status) {
    List<String> conditions = new ArrayList<>();
    if (kind != null) {
      conditions.add("kind = ?");
    }
    if (status != null) {
      conditions.add("status = ?");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static int bindFilter(PreparedStatement query, String kind, RunStatus status) throws SQLException {
    int at = 1;
    if (kind != null) {
      query.setString(at++, kind);
    }
    if (status != null) {
      query.setString(at++, status.storedName());
    }
    return at;
  }

  private RunSummary summary(ResultSet row) throws SQLException {
    long total = row.getLong("progress_total");
    if (row.wasNull()) {
      total = -1;
    }
    long tournament = row.getLong("tournament_id");
    Long tournamentId = row.wasNull() ? null : tournament;
    return new RunSummary(row.getLong("id"), row.getString("kind"), row.getString("title"),
        RunStatus.ofStoredName(row.getString("status")), row.getLong("progress_done"), total,
        row.getBoolean("has_result"), row.getString("error"), tournamentId, kind.getTime(row, "created_at"),
        optionalTime(row, "started_at"), optionalTime(row, "finished_at"), kind.getTime(row, "updated_at"));
  }

  private Instant optionalTime(ResultSet row, String column) throws SQLException {
    return row.getObject(column) == null ? null : kind.getTime(row, column);
  }

  private static String oneLine(String message) {
    String line = message == null || message.isBlank() ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    return line.length() > MAX_ERROR_LENGTH ? line.substring(0, MAX_ERROR_LENGTH - 3) + "..." : line;
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the " + what + " is empty");
    }
  }

  private StoreException unknown(long id) {
    return new StoreException("no run " + id + " in " + url());
  }
}
