package org.agora.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/**
 * The upload store contract on a real PostgreSQL server, found as for
 * {@link PostgresTournamentStoreTest} (skipped without {@code AGORA_TEST_POSTGRES_URL}, failing
 * instead with {@code AGORA_TEST_POSTGRES_REQUIRED=1}). The migration test gets an empty schema of
 * its own in the same database.
 */
class PostgresGameUploadStoreTest extends GameUploadStoreContract {

  private final PostgresTournamentStoreTest server = new PostgresTournamentStoreTest();

  @Override
  String url() {
    return server.url();
  }

  @Override
  String emptyDatabaseUrl() throws Exception {
    String url = server.url();
    String schema = "release_2_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
