package org.agora.store;

import java.nio.file.Path;

/**
 * One open database holding the stored tournaments, the record of job runs and the uploaded games:
 * the URL is opened and migrated once, and {@link #tournaments()}, {@link #runs()} and
 * {@link #uploads()} share its one connection. Each
 * of their methods is one transaction under that connection's lock, so both stores may be used from
 * any number of threads and their writes queue in the JVM. This is how a server uses both. (Two
 * stores opened apart on one SQLite file also work side by side, as a CLI tournament next to a
 * running server does; their writes then wait on SQLite's file lock, up to its busy timeout.)
 *
 * <p>A long read (streaming a large tournament's matches with {@link TournamentStore#forEachMatch},
 * reading a result of megabytes) holds the lock while it runs and delays every other call on the
 * same database object; a server that must keep short reads fast meanwhile opens a second
 * {@code AgoraDatabase} on the same URL for them: SQLite's write-ahead log lets readers on one
 * connection proceed while another writes.
 *
 * <p>Closing this closes the connection; the stores it handed out need no closing of their own.
 */
public final class AgoraDatabase implements AutoCloseable {

  private final Database database;
  private final TournamentStore tournaments;
  private final RunStore runs;
  private final GameUploadStore uploads;

  private AgoraDatabase(Database database) {
    this.database = database;
    this.tournaments = new TournamentStore(database, false);
    this.runs = new RunStore(database, false);
    this.uploads = new GameUploadStore(database);
  }

  /**
   * Opens the database at a JDBC URL, creating or upgrading its schema; see {@link TournamentStore#open}.
   *
   * @throws StoreException when the URL is not supported, the database cannot be reached, or the
   *     schema cannot be migrated
   */
  public static AgoraDatabase open(String url) {
    return new AgoraDatabase(Database.open(url));
  }

  /** Opens (creating if needed) the embedded database in a data directory; see {@link DataDirectory}. */
  public static AgoraDatabase openDataDirectory(Path directory) {
    return open(Database.dataDirectoryUrl(directory));
  }

  /** The JDBC URL, password masked. */
  public String url() {
    return database.url();
  }

  /** The stored tournaments. */
  public TournamentStore tournaments() {
    return tournaments;
  }

  /** The stored job runs. */
  public RunStore runs() {
    return runs;
  }

  /** The games uploaded to the workbench. */
  public GameUploadStore uploads() {
    return uploads;
  }

  @Override
  public void close() {
    database.close();
  }
}
