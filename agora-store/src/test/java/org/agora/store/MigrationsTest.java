package org.agora.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__\\w+\\.sql");

  @Test
  void theKnownVersionsAreThoseOfTheMigrationFilesOfEveryDatabase() throws Exception {
    for (String folder : List.of("sqlite", "postgresql")) {
      Path directory = Path.of(MigrationsTest.class.getClassLoader().getResource("db/migration/" + folder).toURI());
      List<String> versions;
      try (Stream<Path> files = Files.list(directory)) {
        versions = files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
            .filter(Matcher::matches).map(m -> m.group(1)).sorted((a, b) -> Integer.parseInt(a) - Integer.parseInt(b))
            .toList();
      }
      assertThat(versions).as(folder).isEqualTo(Migrations.VERSIONS);
    }
  }

  @Test
  void aDatabaseIsUpToDateOnlyWithEveryMigrationApplied(@TempDir Path directory) throws Exception {
    String url = "jdbc:sqlite:" + directory.resolve("agora.db");
    try (Connection connection = DriverManager.getConnection(url)) {
      assertThat(Migrations.upToDate(connection)).as("a new database").isFalse();
      TournamentStore.open(url).close(); // Flyway migrates
      assertThat(Migrations.upToDate(connection)).as("after the migrations").isTrue();
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = '"
            + Migrations.VERSIONS.get(Migrations.VERSIONS.size() - 1) + "'");
        assertThat(Migrations.upToDate(connection)).as("the last migration failed").isFalse();
        statement.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '"
            + Migrations.VERSIONS.get(Migrations.VERSIONS.size() - 1) + "'");
        assertThat(Migrations.upToDate(connection)).as("the last migration missing").isFalse();
      }
    }
  }

  @Test
  void reopeningAnUpToDateDatabaseKeepsItsData(@TempDir Path directory) {
    String url = "jdbc:sqlite:" + directory.resolve("agora.db");
    long id;
    try (AgoraDatabase database = AgoraDatabase.open(url)) {
      id = database.runs().create("solve", "a run", "{}");
    }
    try (AgoraDatabase database = AgoraDatabase.open(url)) {
      assertThat(database.runs().find(id)).isPresent();
    }
  }
}
