package org.agora.store;

import java.nio.file.Path;

/**
 * One open database holding both stored tournaments and the record of job runs: the URL is opened
 * and migrated once, and {@link #tournaments()} and {@link #runs()} share its one connection (each
 * of their methods is one transaction under that connection's lock). This is how a server uses
 * both: two separately opened stores on one SQLite file would also work (write-ahead log, busy
 * timeout), but their writes would contend on the file lock instead of queueing in the JVM, and a
 * run's link to a tournament could not be written in the same order as the tournament's rows.
 * Closing this closes the connection; the stores it handed out need no closing of their own.
 */
public final class AgoraDatabase implements AutoCloseable {

  private final Database database;
  private final TournamentStore tournaments;
  private final RunStore runs;

  private AgoraDatabase(Database database) {
    this.database = database;
    this.tournaments = new TournamentStore(database, false);
    this.runs = new RunStore(database, false);
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

  @Override
  public void close() {
    database.close();
  }
}
