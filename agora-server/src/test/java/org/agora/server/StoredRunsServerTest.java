package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.agora.server.ServerFixture.Reply;
import org.agora.store.AgoraDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over the database's run table: runs, results and tournaments survive a restart. */
class StoredRunsServerTest {

  private static final String SOLVE = "{\"kind\":\"solve\",\"game\":\"kuhn_poker\",\"solver\":\"cfr+(iterations=2000)\"}";
  private static final String TOURNAMENT = "{\"kind\":\"tournament\",\"game\":\"repeated_rock_paper_scissors(rounds=300)\","
      + "\"agents\":[\"randbot\",\"rockbot\",\"greenberg\",\"iocainebot\"],\"matchesPerPairing\":100}";

  @TempDir
  Path directory;

  @Test
  void aRestartedServerFindsEveryRunAndResumesTheInterruptedTournament() {
    String url = "jdbc:sqlite:" + directory.resolve("agora.db");
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
}
