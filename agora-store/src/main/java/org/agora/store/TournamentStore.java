package org.agora.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentSpec;

/**
 * Stored tournaments over JDBC: each tournament's specification (game, agents, schedule, matches per
 * pairing, seed), its status, and one row per match with one row per seat, so that a killed run is
 * resumed by playing only the matches the store lacks.
 *
 * <p>The schema is created and upgraded by Flyway from the migrations under {@code db/migration}
 * when the store is opened; nothing here writes DDL. Tables: {@code tournament},
 * {@code tournament_agent} (agent strings by index), {@code tournament_seating} (the seatings of a
 * custom schedule), {@code tournament_match} (keyed by tournament id and match index) and
 * {@code match_seat} (agent and return of each seat). Example, mean return per agent:
 * <pre>{@code
 * SELECT a.agent, AVG(s.return_value), COUNT(*) FROM match_seat s
 *   JOIN tournament_agent a ON a.tournament_id = s.tournament_id AND a.agent_index = s.agent_index
 *   WHERE s.tournament_id = 1 GROUP BY a.agent ORDER BY 2 DESC;
 * }</pre>
 *
 * <p>The {@link #sink sink} writes each block of match records in one transaction with inserts that
 * ignore rows already stored under the same (tournament id, match index), so a block written twice
 * (a retry, or a resumed run replaying a block whose commit it never saw) neither loses nor doubles
 * a row. Returns are kept exactly: {@code return_bits} holds the IEEE 754 bits, which are what is
 * read back ({@code return_value} is for queries).
 *
 * <p>The embedded database is SQLite (write-ahead log, {@code synchronous=NORMAL}: a commit survives
 * a killed process). It was chosen over H2 by measurement on this project's machine (2 cores shared
 * with other builds, load average 5-10, Debian 12, JDK 17): this schema's two tables, blocks of 64
 * match rows (each with 2 seat rows) per transaction, batched idempotent inserts
 * ({@code INSERT ... ON CONFLICT DO NOTHING} on SQLite, {@code MERGE ... KEY} on H2), file
 * databases, 3 repeats of 32,000 and 3 of 64,000 rows: SQLite 3.54.1.0 wrote 30,000-89,000 match
 * rows/s, H2 2.5.252 5,100-38,000 (its first repeat always the slowest, 5,100-8,600). SQLite was as
 * fast or faster in every repeat, makes each commit durable (H2 delays writes by default) and is one
 * file anyone can open with {@code sqlite3}. Through this class (JMH, {@code StoreBenchmark}, same
 * machine and load): 53,000 +/- 48,000 new match rows/s in blocks of 64, 204,000 +/- 126,000 rows/s
 * for blocks already stored, 272,000 +/- 126,000 rows/s streamed back. PostgreSQL is used when given
 * a {@code jdbc:postgresql:} URL.
 *
 * <p>A store holds one connection; each method runs in one transaction under the database's lock
 * (shared with a {@link RunStore} opened by the same {@link AgoraDatabase}), so one store may be
 * shared by the worker threads of a run. Close it when done.
 */
public final class TournamentStore implements AutoCloseable {

  private static final int FETCH_SIZE = 1024;

  private final Database database;
  private final boolean ownsDatabase;
  private final DatabaseKind kind;
  private final Connection connection;

  TournamentStore(Database database, boolean ownsDatabase) {
    this.database = database;
    this.ownsDatabase = ownsDatabase;
    this.kind = database.kind();
    this.connection = database.connection();
  }

  /**
   * Opens the database at a JDBC URL ({@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}),
   * creating or upgrading its schema. To use runs too on the same database, open an
   * {@link AgoraDatabase} instead.
   *
   * @throws StoreException when the URL is not supported, the database cannot be reached, or the
   *     schema cannot be migrated
   */
  public static TournamentStore open(String url) {
    return new TournamentStore(Database.open(url), true);
  }

  /** Opens (creating if needed) the embedded database in a data directory; see {@link DataDirectory}. */
  public static TournamentStore openDataDirectory(Path directory) {
    return open(Database.dataDirectoryUrl(directory));
  }

  /** The JDBC URL, password masked. */
  public String url() {
    return database.url();
  }

  /**
   * Stores a new tournament of a game with {@code players} seats, status {@code running}.
   *
   * @return its id
   * @throws IllegalArgumentException when the schedule does not fit the agents and players
   */
  public long create(TournamentSpec spec, int players) {
    long expected = (long) spec.schedule().pairings(spec.agents().size(), players).size() * spec.matchesPerPairing();
    return inTransaction(() -> {
      Instant now = DatabaseKind.now();
      long id;
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tournament (game, schedule, self_play,"
          + " focal_agent, matches_per_pairing, seed, players, expected_matches, status, created_at, updated_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
        insert.setString(1, spec.game());
        Schedule schedule = spec.schedule();
        insert.setString(2, ScheduleNames.of(schedule));
        if (schedule instanceof Schedule.RoundRobin roundRobin) {
          insert.setBoolean(3, roundRobin.selfPlay());
        } else {
          insert.setNull(3, Types.BOOLEAN);
        }
        if (schedule instanceof Schedule.OneVsPopulation oneVsPopulation) {
          insert.setInt(4, oneVsPopulation.focal());
        } else {
          insert.setNull(4, Types.INTEGER);
        }
        insert.setInt(5, spec.matchesPerPairing());
        insert.setLong(6, spec.seed());
        insert.setInt(7, players);
        insert.setLong(8, expected);
        insert.setString(9, TournamentStatus.RUNNING.storedName());
        kind.setTime(insert, 10, now);
        kind.setTime(insert, 11, now);
        try (ResultSet key = insert.executeQuery()) {
          key.next();
          id = key.getLong(1);
        }
      }
      try (PreparedStatement agent = connection.prepareStatement(
          "INSERT INTO tournament_agent (tournament_id, agent_index, agent) VALUES (?, ?, ?)")) {
        for (int a = 0; a < spec.agents().size(); a++) {
          agent.setLong(1, id);
          agent.setInt(2, a);
          agent.setString(3, spec.agents().get(a));
          agent.addBatch();
        }
        agent.executeBatch();
      }
      if (spec.schedule() instanceof Schedule.Custom custom) {
        try (PreparedStatement seat = connection.prepareStatement("INSERT INTO tournament_seating"
            + " (tournament_id, pairing, seat, agent_index) VALUES (?, ?, ?, ?)")) {
          List<int[]> seatings = custom.seatings();
          for (int p = 0; p < seatings.size(); p++) {
            for (int s = 0; s < seatings.get(p).length; s++) {
              seat.setLong(1, id);
              seat.setInt(2, p);
              seat.setInt(3, s);
              seat.setInt(4, seatings.get(p)[s]);
              seat.addBatch();
            }
          }
          seat.executeBatch();
        }
      }
      return id;
    });
  }

  /**
   * The stored tournament {@code id}.
   *
   * @throws StoreException when there is no such tournament
   */
  public StoredTournament tournament(long id) {
    return inTransaction(() -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT t.*, (SELECT COUNT(*) FROM tournament_match m"
          + " WHERE m.tournament_id = t.id) AS stored_matches FROM tournament t WHERE t.id = ?")) {
        query.setLong(1, id);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            throw unknown(id);
          }
          return read(row);
        }
      }
    });
  }

  /** The specification of tournament {@code id}; see {@link #tournament}. */
  public TournamentSpec spec(long id) {
    return tournament(id).spec();
  }

  /** Every stored tournament, by id. */
  public List<StoredTournament> tournaments() {
    return inTransaction(() -> {
      List<StoredTournament> all = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT t.*, (SELECT COUNT(*) FROM tournament_match m"
          + " WHERE m.tournament_id = t.id) AS stored_matches FROM tournament t ORDER BY t.id");
          ResultSet row = query.executeQuery()) {
        while (row.next()) {
          all.add(read(row));
        }
      }
      return all;
    });
  }

  /**
   * Sets the status of tournament {@code id} (and its update time).
   *
   * @throws StoreException when there is no such tournament
   */
  public void setStatus(long id, TournamentStatus status) {
    inTransaction(() -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE tournament SET status = ?, updated_at = ? WHERE id = ?")) {
        update.setString(1, status.storedName());
        kind.setTime(update, 2, DatabaseKind.now());
        update.setLong(3, id);
        if (update.executeUpdate() == 0) {
          throw unknown(id);
        }
      }
      return null;
    });
  }

  /**
   * A sink that stores the blocks of tournament {@code id}, each in one transaction; records already
   * stored under the same match index are left as they are.
   */
  public MatchSink sink(long id) {
    return block -> write(id, block);
  }

  /** Stores one block of match records of tournament {@code id} in one transaction; see {@link #sink}. */
  public void write(long id, List<MatchRecord> block) {
    if (block.isEmpty()) {
      return;
    }
    inTransaction(() -> {
      try (PreparedStatement match = connection.prepareStatement("INSERT INTO tournament_match (tournament_id,"
          + " match_index, pairing, match_number, seed, length, nanos) VALUES (?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING");
          PreparedStatement seat = connection.prepareStatement("INSERT INTO match_seat (tournament_id, match_index,"
              + " seat, agent_index, return_value, return_bits) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
        for (MatchRecord record : block) {
          match.setLong(1, id);
          match.setLong(2, record.index());
          match.setInt(3, record.pairing());
          match.setInt(4, record.match());
          match.setLong(5, record.seed());
          match.setLong(6, record.length());
          match.setLong(7, record.nanos());
          match.addBatch();
          for (int s = 0; s < record.players(); s++) {
            double value = record.returnAt(s);
            seat.setLong(1, id);
            seat.setLong(2, record.index());
            seat.setInt(3, s);
            seat.setInt(4, record.agentAt(s));
            seat.setDouble(5, value);
            seat.setLong(6, Double.doubleToRawLongBits(value));
            seat.addBatch();
          }
        }
        match.executeBatch();
        seat.executeBatch();
      }
      return null;
    });
  }

  /**
   * The match indexes tournament {@code id} has stored (the {@code done} predicate of a resumed run).
   *
   * @throws StoreException when there is no such tournament
   */
  public StoredMatchIndexes storedIndexes(long id) {
    return inTransaction(() -> {
      requireTournament(id);
      BitSet indexes = new BitSet();
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT match_index FROM tournament_match WHERE tournament_id = ?")) {
        query.setFetchSize(FETCH_SIZE);
        query.setLong(1, id);
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            long index = row.getLong(1);
            if (index < 0 || index >= Integer.MAX_VALUE) {
              throw new StoreException("tournament " + id + " has a match index out of range: " + index);
            }
            indexes.set((int) index);
          }
        }
      }
      return new StoredMatchIndexes(indexes);
    });
  }

  /**
   * Hands every stored match record of tournament {@code id} to {@code action}, in index order,
   * streaming from the database (the rows are not all held in memory).
   *
   * @return the number of records
   * @throws StoreException when there is no such tournament
   */
  public long forEachMatch(long id, Consumer<MatchRecord> action) {
    return inTransaction(() -> {
      int players = requireTournament(id);
      long count = 0;
      try (PreparedStatement query = connection.prepareStatement("SELECT m.match_index, m.pairing, m.match_number,"
          + " m.seed, m.length, m.nanos, s.seat, s.agent_index, s.return_bits FROM tournament_match m"
          + " JOIN match_seat s ON s.tournament_id = m.tournament_id AND s.match_index = m.match_index"
          + " WHERE m.tournament_id = ? ORDER BY m.match_index, s.seat")) {
        query.setFetchSize(FETCH_SIZE);
        query.setLong(1, id);
        try (ResultSet row = query.executeQuery()) {
          int[] seats = new int[players];
          double[] returns = new double[players];
          boolean more = row.next();
          while (more) {
            long index = row.getLong(1);
            int pairing = row.getInt(2);
            int match = row.getInt(3);
            long seed = row.getLong(4);
            long length = row.getLong(5);
            long nanos = row.getLong(6);
            int filled = 0;
            while (more && row.getLong(1) == index) {
              int seat = row.getInt(7);
              if (seat < 0 || seat >= players) {
                throw new StoreException("match " + index + " of tournament " + id + " has seat " + seat
                    + "; the game has " + players + " players");
              }
              seats[seat] = row.getInt(8);
              returns[seat] = Double.longBitsToDouble(row.getLong(9));
              filled++;
              more = row.next();
            }
            if (filled != players) {
              throw new StoreException("match " + index + " of tournament " + id + " has " + filled
                  + " seats stored; the game has " + players + " players");
            }
            action.accept(new MatchRecord(index, pairing, match, seats, seed, returns, length, nanos));
            count++;
          }
        }
      }
      return count;
    });
  }

  /** Every stored match record of tournament {@code id}, in index order; see {@link #forEachMatch}. */
  public List<MatchRecord> matches(long id) {
    List<MatchRecord> records = new ArrayList<>();
    forEachMatch(id, records::add);
    return records;
  }

  /** Closes the database, unless it was handed out by an {@link AgoraDatabase} (which closes it). */
  @Override
  public void close() {
    if (ownsDatabase) {
      database.close();
    }
  }

  private int requireTournament(long id) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT players FROM tournament WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw unknown(id);
        }
        return row.getInt(1);
      }
    }
  }

  private StoredTournament read(ResultSet row) throws SQLException {
    long id = row.getLong("id");
    String scheduleName = row.getString("schedule");
    Schedule schedule = switch (scheduleName) {
      case ScheduleNames.ROUND_ROBIN -> new Schedule.RoundRobin(row.getBoolean("self_play"));
      case ScheduleNames.ONE_VS_POPULATION -> new Schedule.OneVsPopulation(row.getInt("focal_agent"));
      case ScheduleNames.CUSTOM -> new Schedule.Custom(seatings(id));
      default -> throw new StoreException("tournament " + id + " has an unknown schedule '" + scheduleName + "'");
    };
    TournamentSpec spec = new TournamentSpec(row.getString("game"), agents(id), schedule,
        row.getInt("matches_per_pairing"), row.getLong("seed"));
    return new StoredTournament(id, spec, row.getInt("players"), row.getLong("expected_matches"),
        row.getLong("stored_matches"), TournamentStatus.ofStoredName(row.getString("status")),
        kind.getTime(row, "created_at"), kind.getTime(row, "updated_at"));
  }

  private List<String> agents(long id) throws SQLException {
    List<String> agents = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT agent_index, agent FROM tournament_agent WHERE tournament_id = ? ORDER BY agent_index")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          if (row.getInt(1) != agents.size()) {
            throw new StoreException("tournament " + id + " lacks agent " + agents.size());
          }
          agents.add(row.getString(2));
        }
      }
    }
    return agents;
  }

  private List<int[]> seatings(long id) throws SQLException {
    List<List<Integer>> pairings = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT pairing, seat, agent_index FROM"
        + " tournament_seating WHERE tournament_id = ? ORDER BY pairing, seat")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          int pairing = row.getInt(1);
          if (pairing == pairings.size()) {
            pairings.add(new ArrayList<>());
          }
          if (pairing != pairings.size() - 1 || row.getInt(2) != pairings.get(pairing).size()) {
            throw new StoreException("tournament " + id + " has a gap in its seatings at pairing " + pairing);
          }
          pairings.get(pairing).add(row.getInt(3));
        }
      }
    }
    List<int[]> seatings = new ArrayList<>(pairings.size());
    for (List<Integer> seating : pairings) {
      seatings.add(seating.stream().mapToInt(Integer::intValue).toArray());
    }
    return seatings;
  }

  private StoreException unknown(long id) {
    return new StoreException("no tournament " + id + " in " + url() + "; list them with agora tournament --list");
  }

  private <T> T inTransaction(Database.Work<T> work) {
    return database.inTransaction(work);
  }
}
