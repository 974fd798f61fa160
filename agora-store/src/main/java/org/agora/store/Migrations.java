package org.agora.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Creates and upgrades the schema with Flyway from {@code db/migration/<database>} (Flyway opens its
 * own connections to the store's URL). A database whose schema history already records every
 * migration of {@link #VERSIONS} as applied is left alone without starting Flyway, which costs
 * seconds of class loading and scanning on every open (the server's start, every CLI command that
 * stores); Flyway runs, and validates, whenever anything is missing.
 */
final class Migrations {

  /** The versions of the migrations in {@code db/migration/*}, in order (a test checks the files). */
  static final List<String> VERSIONS = List.of("1", "2", "3");

  /** Flyway logs through java.util.logging; only its warnings are worth showing (held: loggers are weak). */
  private static final java.util.logging.Logger FLYWAY_LOG = quiet(java.util.logging.Logger.getLogger("org.flywaydb"));

  private Migrations() {
  }

  private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  /**
   * Migrates the schema unless {@code connection}'s database has every migration applied already.
   *
   * @throws StoreException when a migration fails
   */
  static void migrate(DatabaseKind kind, String url, Connection connection) {
    if (!upToDate(connection)) {
      migrate(kind, url);
    }
  }

  /** True when the schema history records exactly the migrations of {@link #VERSIONS}, all successful. */
  static boolean upToDate(Connection connection) {
    Set<String> applied = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history")) {
      while (rows.next()) {
        String version = rows.getString(1);
        if (version != null) { // the baseline and repeatable rows have no version
          if (!rows.getBoolean(2)) {
            return false;
          }
          applied.add(version);
        }
      }
    } catch (SQLException noHistory) {
      return false; // a new database (no history table): Flyway creates it
    }
    return applied.equals(new HashSet<>(VERSIONS));
  }

  static void migrate(DatabaseKind kind, String url) {
    try {
      FLYWAY_LOG.getName(); // makes sure the level is set before Flyway logs
      Flyway.configure(Migrations.class.getClassLoader())
          .dataSource(new UrlDataSource(url, kind))
          .locations(kind.migrationLocation())
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException failure) {
      throw new StoreException("cannot migrate the schema of " + Urls.masked(url) + ": " + Messages.of(failure),
          failure);
    }
  }

  /** A data source that opens connections to one URL with the store's connection properties. */
  private static final class UrlDataSource implements DataSource {
    private final String url;
    private final DatabaseKind kind;

    UrlDataSource(String url, DatabaseKind kind) {
      this.url = url;
      this.kind = kind;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, kind.connectionProperties());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
