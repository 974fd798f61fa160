package org.agora.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind {@link GameUploadStore} must do; run against the embedded database
 * ({@link SqliteGameUploadStoreTest}) and a real PostgreSQL server ({@link PostgresGameUploadStoreTest}).
 * Tests assert only on the uploads they add, so a shared database may hold others.
 */
abstract class GameUploadStoreContract {

  static final String NFG = "NFG 1 R \"Matching pennies \u00e9 \u4e2d\" { \"P1\" \"P2\" } { 2 2 }\n1 -1 -1 1 -1 1 1 -1\n";
  static final String EFG = "EFG 2 R \"Entry\" { \"E\" \"I\" }\n\"\"\n\np \"\" 1 1 \"\" { \"In\" \"Out\" } 0\n"
      + "p \"\" 2 1 \"\" { \"F\" \"A\" } 0\nt \"\" 1 \"\" { -1 -1 }\nt \"\" 2 \"\" { 1 1 }\nt \"\" 3 \"\" { 0 2 }\n";

  /** A URL of a database for one test (fresh, or shared with uploads of other tests). */
  abstract String url() throws Exception;

  /** A URL of an empty database (no schema at all), for the migration test. */
  abstract String emptyDatabaseUrl() throws Exception;

  private String url;
  AgoraDatabase database;
  GameUploadStore uploads;

  @BeforeEach
  void open() throws Exception {
    url = url();
    database = AgoraDatabase.open(url);
    uploads = database.uploads();
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void anUploadIsStoredWithEverythingItWasGiven() {
    Instant before = DatabaseKind.now();
    long id = uploads.add("nfg", "Matching pennies \u00e9 \u4e2d", 2, NFG);
    StoredGameUpload upload = uploads.get(id);
    assertThat(upload.id()).isEqualTo(id);
    assertThat(upload.text()).isEqualTo(NFG);
    GameUploadSummary summary = upload.summary();
    assertThat(summary.format()).isEqualTo("nfg");
    assertThat(summary.title()).isEqualTo("Matching pennies \u00e9 \u4e2d");
    assertThat(summary.players()).isEqualTo(2);
    assertThat(summary.createdAt()).isAfterOrEqualTo(before).isBeforeOrEqualTo(DatabaseKind.now());
  }

  @Test
  void aLargeTextRoundTripsExactly() {
    StringBuilder text = new StringBuilder(EFG);
    while (text.length() < 1_100_000) {
      text.append("\n\"comment line \u00e9\" ").append(text.length());
    }
    long id = uploads.add("efg", "", 2, text.toString());
    assertThat(uploads.get(id).text()).isEqualTo(text.toString());
    assertThat(uploads.get(id).summary().title()).isEmpty();
  }

  @Test
  void theListingIsNewestFirstWithoutTextAndPages() {
    long first = uploads.add("nfg", "first", 2, NFG);
    long second = uploads.add("efg", "second", 2, EFG);
    long third = uploads.add("nfg", "third", 3, NFG);
    List<Long> ours = uploads.list(1000, 0).stream().map(GameUploadSummary::id)
        .filter(id -> id == first || id == second || id == third).toList();
    assertThat(ours).containsExactly(third, second, first);
    GameUploadSummary newest = uploads.list(1, 0).get(0);
    assertThat(newest).isEqualTo(uploads.get(third).summary());
    assertThat(newest.players()).isEqualTo(3);
    assertThat(uploads.list(1, 1)).singleElement().isEqualTo(uploads.get(second).summary());
    assertThat(uploads.list(0, 0)).isEmpty();
    assertThatThrownBy(() -> uploads.list(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownUploadIsEmptyOrAOneLineError() {
    long id = uploads.add("nfg", "x", 2, NFG);
    assertThat(uploads.find(id + 1_000_000)).isEmpty();
    assertThatThrownBy(() -> uploads.get(id + 1_000_000)).isInstanceOf(StoreException.class)
        .hasMessageContaining("no uploaded game " + (id + 1_000_000)).hasMessageNotContaining("\n");
  }

  @Test
  void badUploadsAreRefusedAndNothingIsStored() {
    long before = uploads.add("nfg", "marker", 2, NFG);
    assertThatThrownBy(() -> uploads.add("xml", "t", 2, NFG)).hasMessageContaining("nfg or efg");
    assertThatThrownBy(() -> uploads.add("nfg", null, 2, NFG)).hasMessageContaining("title");
    assertThatThrownBy(() -> uploads.add("nfg", "t", 0, NFG)).hasMessageContaining("players");
    assertThatThrownBy(() -> uploads.add("nfg", "t", 2, "")).hasMessageContaining("empty");
    assertThat(uploads.list(1, 0).get(0).id()).isGreaterThanOrEqualTo(before);
    assertThat(uploads.find(before + 1)).isEmpty();
  }

  @Test
  void uploadsSurviveReopeningTheDatabase() {
    long id = uploads.add("efg", "Entry", 2, EFG);
    database.close();
    database = AgoraDatabase.open(url);
    assertThat(database.uploads().get(id).text()).isEqualTo(EFG);
    assertThat(database.uploads().get(id).summary().format()).isEqualTo("efg");
  }

  /** A database made by the release before uploads were stored (schema V2) gains the table, its runs intact. */
  @Test
  void aVersionTwoDatabaseIsUpgraded() throws Exception {
    String empty = emptyDatabaseUrl();
    DatabaseKind databaseKind = DatabaseKind.of(empty);
    Flyway.configure(getClass().getClassLoader())
        .dataSource(empty, null, null)
        .locations(databaseKind.migrationLocation())
        .target("2")
        .load()
        .migrate();
    long run = 7;
    try (Connection connection = DriverManager.getConnection(empty, databaseKind.connectionProperties());
        Statement statement = connection.createStatement()) {
      String time = databaseKind == DatabaseKind.SQLITE ? "'2026-01-02T03:04:05.678Z'"
          : "TIMESTAMPTZ '2026-01-02 03:04:05.678+00'";
      statement.executeUpdate("INSERT INTO job_run (id, kind, title, status, created_at, updated_at, spec) VALUES ("
          + run + ", 'solve', 'old run', 'completed', " + time + ", " + time + ", '{}')");
      assertThatThrownBy(() -> statement.executeQuery("SELECT COUNT(*) FROM game_upload"))
          .hasMessageContaining("game_upload");
    }
    try (AgoraDatabase upgraded = AgoraDatabase.open(empty)) {
      assertThat(upgraded.runs().get(run).summary().title()).isEqualTo("old run");
      assertThat(upgraded.uploads().list(10, 0)).isEmpty();
      long id = upgraded.uploads().add("nfg", "new", 2, NFG);
      assertThat(upgraded.uploads().get(id).text()).isEqualTo(NFG);
    }
  }
}
