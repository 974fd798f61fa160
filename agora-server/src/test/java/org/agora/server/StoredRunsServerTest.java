package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.agora.server.ServerFixture.Reply;
import org.agora.store.AgoraDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server over the database's run table: runs, results and tournaments survive a restart. Runs on
 * SQLite and on the real PostgreSQL of {@code AGORA_TEST_POSTGRES_URL} (in a fresh schema; skipped
 * without the variable, failing instead when {@code AGORA_TEST_POSTGRES_REQUIRED=1}, as scripts/test sets).
 */
class StoredRunsServerTest {

  private static final String SOLVE = "{\"kind\":\"solve\",\"game\":\"kuhn_poker\",\"solver\":\"cfr+(iterations=2000)\"}";
  private static final String TOURNAMENT = "{\"kind\":\"tournament\",\"game\":\"repeated_rock_paper_scissors(rounds=300)\","
      + "\"agents\":[\"randbot\",\"rockbot\",\"greenberg\",\"iocainebot\"],\"matchesPerPairing\":100}";

  @TempDir
  Path directory;

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aRestartedServerFindsEveryRunAndResumesTheInterruptedTournament(String kind) throws Exception {
    String url = kind.equals("sqlite") ? "jdbc:sqlite:" + directory.resolve("agora.db") : freshPostgresSchema();
    ServerConfig config = ServerConfig.defaults().withPort(0);
    long solve;
    long tournament;
    String solveResult;
    try (AgoraDatabase database = AgoraDatabase.open(url);
        ServerFixture first = new ServerFixture(
            new AgoraServer(config, new StoredRunRepository(database.runs()), database.tournaments()))) {
      solve = first.submit(SOLVE);
      assertThat(first.awaitFinal(solve).get("status").asText()).isEqualTo("completed");
      solveResult = first.get("/api/jobs/" + solve + "/result").body();
      tournament = first.submit(TOURNAMENT);
      first.awaitRunning(tournament);
    }
    // a new process: the database opened again
    try (AgoraDatabase database = AgoraDatabase.open(url);
        ServerFixture second = new ServerFixture(
            new AgoraServer(config, new StoredRunRepository(database.runs()), database.tournaments()))) {
      JsonNode jobs = second.get("/api/jobs").json();
      assertThat(jobs.size()).isEqualTo(2);
      assertThat(jobs.get(0).get("id").asLong()).isEqualTo(tournament);
      assertThat(jobs.get(0).get("status").asText()).isEqualTo("interrupted");
      assertThat(jobs.get(1).get("status").asText()).isEqualTo("completed");
      assertThat(second.get("/api/jobs/" + solve + "/result").body()).isEqualTo(solveResult);

      Reply resumed = second.method("POST", "/api/jobs/" + tournament + "/resume");
      assertThat(resumed.status()).as(resumed.body()).isEqualTo(202);
      JsonNode done = second.awaitFinal(tournament);
      assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("completed");
      assertThat(second.get("/api/jobs/" + tournament + "/result").json().get("matches").asLong()).isEqualTo(600);
      long stored = done.get("tournamentId").asLong();
      assertThat(database.tournaments().matches(stored)).hasSize(600);

      assertThat(second.delete("/api/jobs/" + tournament).status()).isEqualTo(204);
      assertThat(second.get("/api/jobs/" + tournament).status()).isEqualTo(404);
      assertThat(database.tournaments().tournaments()).isEmpty();
    }
  }

  /** A perfect-information .efg game (Rosenthal's centipede, four moves) that MCTS can play. */
  private static final String CENTIPEDE = "EFG 2 R \"Centipede\" { \"Ann\" \"Bob\" }\n\"\"\n\n"
      + "p \"\" 1 1 \"\" { \"Take\" \"Pass\" } 0\nt \"\" 1 \"\" { 2 0 }\n"
      + "p \"\" 2 1 \"\" { \"Take\" \"Pass\" } 0\nt \"\" 2 \"\" { 1 3 }\n"
      + "p \"\" 1 2 \"\" { \"Take\" \"Pass\" } 0\nt \"\" 3 \"\" { 4 2 }\n"
      + "p \"\" 2 2 \"\" { \"Take\" \"Pass\" } 0\nt \"\" 4 \"\" { 3 5 }\nt \"\" 5 \"\" { 6 4 }\n";

  /**
   * An upload made before a restart is listed, described and solvable after it, and a tournament on
   * it that the restart interrupted resumes: the stored request names the upload, which the new
   * server reads back from the database.
   */
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void anUploadOutlivesARestartAndItsInterruptedTournamentResumes(String kind) throws Exception {
    String url = kind.equals("sqlite") ? "jdbc:sqlite:" + directory.resolve("agora.db") : freshPostgresSchema();
    ServerConfig config = ServerConfig.defaults().withPort(0);
    String id;
    long tournament;
    try (AgoraDatabase database = AgoraDatabase.open(url);
        ServerFixture first = new ServerFixture(new AgoraServer(config, new StoredRunRepository(database.runs()),
            database.tournaments(), database.uploads()))) {
      Reply uploaded = first.post("/api/games", "text/plain", CENTIPEDE);
      assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
      id = uploaded.json().get("id").asText();
      tournament = first.submit("{\"kind\":\"tournament\",\"gameId\":\"" + id + "\","
          + "\"agents\":[\"random\",\"mcts(simulations=50000)\"],\"matchesPerPairing\":200}");
      first.awaitRunning(tournament);
    }
    try (AgoraDatabase database = AgoraDatabase.open(url);
        ServerFixture second = new ServerFixture(new AgoraServer(config, new StoredRunRepository(database.runs()),
            database.tournaments(), database.uploads()))) {
      JsonNode uploads = second.get("/api/uploads").json();
      assertThat(uploads.size()).isEqualTo(1);
      assertThat(uploads.get(0).get("id").asText()).isEqualTo(id);
      assertThat(uploads.get(0).get("title").asText()).isEqualTo("Centipede");
      assertThat(uploads.get(0).get("format").asText()).isEqualTo("efg");
      assertThat(second.get("/games").body()).contains("href=\"/games/" + id + "\"");
      assertThat(second.get("/games/" + id).status()).isEqualTo(200);
      assertThat(second.get("/api/games/" + id).json().at("/tree/terminalNodes").asInt()).isEqualTo(5);

      long solve = second.submit("{\"kind\":\"solve\",\"gameId\":\"" + id + "\",\"solver\":\"cfr+(iterations=200)\"}");
      JsonNode solved = second.awaitFinal(solve);
      assertThat(solved.get("status").asText()).as(solved.toString()).isEqualTo("completed");

      JsonNode interrupted = second.get("/api/jobs/" + tournament).json();
      assertThat(interrupted.get("status").asText()).isEqualTo("interrupted");
      assertThat(interrupted.at("/progress/done").asLong()).isLessThan(200);
      Reply resumed = second.method("POST", "/api/jobs/" + tournament + "/resume");
      assertThat(resumed.status()).as(resumed.body()).isEqualTo(202);
      JsonNode done = second.awaitFinal(tournament);
      assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("completed");
      assertThat(second.get("/api/jobs/" + tournament + "/result").json().get("matches").asLong()).isEqualTo(200);
      assertThat(database.tournaments().matches(done.get("tournamentId").asLong())).hasSize(200);
    }
  }

  /** A URL of an empty schema of its own in the test PostgreSQL database. */
  private static String freshPostgresSchema() throws Exception {
    String url = System.getenv("AGORA_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      if ("1".equals(System.getenv("AGORA_TEST_POSTGRES_REQUIRED"))) {
        throw new AssertionError("AGORA_TEST_POSTGRES_REQUIRED=1 but AGORA_TEST_POSTGRES_URL is not set");
      }
      Assumptions.abort("no PostgreSQL: set AGORA_TEST_POSTGRES_URL (scripts/test starts one)");
    }
    String schema = "server_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
