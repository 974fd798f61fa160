package org.agora.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One open database: its URL, kind and single connection (auto-commit off), the schema migrated when
 * it was opened. Every store over it runs its statements through {@link #inTransaction}, which holds
 * this object's lock for the whole transaction, so the stores sharing it ({@link AgoraDatabase})
 * never interleave statements on the connection and need no lock of their own.
 */
final class Database implements AutoCloseable {

  private final String url;
  private final DatabaseKind kind;
  private final Connection connection;

  private Database(String url, DatabaseKind kind, Connection connection) {
    this.url = url;
    this.kind = kind;
    this.connection = connection;
  }

  /** Opens a JDBC URL and migrates its schema; see {@link TournamentStore#open}. */
  static Database open(String url) {
    if (url == null || url.isBlank()) {
      throw new StoreException("the database URL is empty; give jdbc:sqlite:FILE or jdbc:postgresql://HOST/DATABASE");
    }
    DatabaseKind kind = DatabaseKind.of(url);
    Connection connection;
    try {
      connection = DriverManager.getConnection(url, kind.connectionProperties());
    } catch (SQLException failure) {
      throw new StoreException("cannot open the database " + Urls.masked(url) + ": " + Messages.of(failure), failure);
    }
    try {
      Migrations.migrate(kind, url, connection);
      connection.setAutoCommit(false);
      return new Database(url, kind, connection);
    } catch (SQLException | RuntimeException failure) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the first failure is the one to report
      }
      if (failure instanceof StoreException store) {
        throw store;
      }
      throw new StoreException("cannot open the database " + Urls.masked(url) + ": " + Messages.of(failure), failure);
    }
  }

  /** The JDBC URL of the embedded database in a data directory, the directory created if needed. */
  static String dataDirectoryUrl(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException failure) {
      throw new StoreException("cannot create the data directory " + directory + ": " + Messages.of(failure), failure);
    }
    return DataDirectory.databaseUrl(directory);
  }

  /** The JDBC URL, password masked. */
  String url() {
    return Urls.masked(url);
  }

  DatabaseKind kind() {
    return kind;
  }

  /** The connection; use it only inside {@link #inTransaction}. */
  Connection connection() {
    return connection;
  }

  /** Work in one transaction: committed when it returns, rolled back when it throws. */
  interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction under this database's lock: committed when it returns,
   * rolled back when it throws; SQL failures become a one-line {@link StoreException}.
   */
  synchronized <T> T inTransaction(Work<T> work) {
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException failure) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // the first failure is the one to report
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new StoreException("database error on " + url() + ": " + Messages.of(failure), failure);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException failure) {
      throw new StoreException("cannot close the database " + url() + ": " + Messages.of(failure), failure);
    }
  }
}
