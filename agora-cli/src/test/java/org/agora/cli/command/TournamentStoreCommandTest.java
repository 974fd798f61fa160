package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.agora.core.job.JobContext;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.store.DataDirectory;
import org.agora.store.TournamentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora tournament} with its store: --data, --db, --resume, --list and their errors. */
class TournamentStoreCommandTest {

  private static final String RRPS = "repeated_rock_paper_scissors(rounds=100)";

  @TempDir
  Path data;

  @Test
  @SuppressWarnings("unchecked")
  void everyRunIsStoredAndListed() {
    CliRun run = CliRun.run("tournament", RRPS, "--agents", "rockbot,copybot,rotatebot", "--matches", "3",
        "--data", data.toString(), "--json", "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> result = Json.object(run.out());
    long id = ((Double) result.get("tournament")).longValue();
    assertThat(run.errLines().get(0)).isEqualTo("tournament " + id + " in " + DataDirectory.databaseUrl(data)
        + "; if stopped, continue it with --resume " + id);

    CliRun list = CliRun.run("tournament", "--list", "--data", data.toString(), "--json");
    assertThat(list.exitCode()).as(list.err()).isZero();
    List<Map<String, Object>> tournaments = (List<Map<String, Object>>) Json.object(list.out()).get("tournaments");
    assertThat(tournaments).hasSize(1);
    assertThat(tournaments.get(0)).containsEntry("id", (double) id).containsEntry("status", "completed")
        .containsEntry("storedMatches", 9.0).containsEntry("expectedMatches", 9.0).containsEntry("game", RRPS);
    CliRun text = CliRun.run("tournament", "--list", "--data", data.toString());
    assertThat(text.out()).contains("ID", "STATUS", "completed", "9 / 9");
  }

  @Test
  void aResumedTournamentPlaysTheMissingMatchesAndSummarisesAllOfThem() {
    String url = "jdbc:sqlite:" + data.resolve("other.db");
    CliRun uninterrupted = CliRun.run("tournament", RRPS, "--agents", "rockbot,copybot,randbot,rotatebot",
        "--matches", "30", "--seed", "5", "--db", url, "--json", "--no-progress");
    assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
    // a run stopped after some blocks: the first and third block of 64 stored
    TournamentSpec spec = TournamentSpec.roundRobin(RRPS, List.of("rockbot", "copybot", "randbot", "rotatebot"), 30, 5);
    List<MatchRecord> records = new TournamentRunner(spec).run(JobContext.sequential(), block -> { });
    long id;
    try (TournamentStore store = TournamentStore.open(url)) {
      id = store.create(spec, 2);
      store.write(id, records.subList(0, 64));
      store.write(id, records.subList(128, 180));
    }
    CliRun resumed = CliRun.run("tournament", "--resume", String.valueOf(id), "--db", url, "--json", "--no-progress");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.errLines().get(0)).contains("(resumed: 64 of 180 matches to play)");
    Map<String, Object> result = Json.object(resumed.out());
    assertThat(result).containsEntry("matches", 180.0).containsEntry("matchesPlayed", 64.0);
    assertThat(comparable(resumed.out())).isEqualTo(comparable(uninterrupted.out()));
    try (TournamentStore store = TournamentStore.open(url)) {
      List<MatchRecord> stored = store.matches(id);
      assertThat(stored).hasSize(records.size());
      for (int i = 0; i < stored.size(); i++) {
        assertThat(stored.get(i).sameOutcome(records.get(i))).isTrue();
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFailedRunIsMarkedFailed() {
    CliRun run = CliRun.run("tournament", RRPS, "--agents", "rockbot,cli_test_illegal", "--matches", "2",
        "--data", data.toString(), "--no-progress");
    assertThat(run.exitCode()).isEqualTo(1);
    CliRun list = CliRun.run("tournament", "--list", "--data", data.toString(), "--json");
    List<Map<String, Object>> tournaments = (List<Map<String, Object>>) Json.object(list.out()).get("tournaments");
    assertThat(tournaments).singleElement().satisfies(t -> assertThat(t).containsEntry("status", "failed"));
  }

  @Test
  void storeErrorsAreOneLine() {
    String dir = data.toString();
    assertUsageError(CliRun.run("tournament", "--resume", "1", "--agents", "a,b", "--data", dir),
        "agora: --resume cannot be combined with --agents; the stored tournament defines its agents, matches and seed");
    assertUsageError(CliRun.run("tournament", "--resume", "1", "--matches", "3", "--data", dir),
        "agora: --resume cannot be combined with --matches; the stored tournament defines its agents, matches and seed");
    assertUsageError(CliRun.run("tournament", RRPS, "--resume", "1", "--data", dir),
        "agora: --resume takes no GAME; the stored tournament names its game");
    assertUsageError(CliRun.run("tournament", "--list", "--resume", "1", "--data", dir),
        "agora: give --list or --resume, not both");
    assertUsageError(CliRun.run("tournament", "--list", "--db", "jdbc:sqlite:x.db", "--data", dir),
        "agora: give --db or --data, not both");
    assertUsageError(CliRun.run("tournament", "--data", dir),
        "agora: missing GAME; give a two-player game such as repeated_rock_paper_scissors, or --resume ID, or --list");

    assertFailure(CliRun.run("tournament", "--resume", "42", "--data", dir), "agora: no tournament 42 in ");
    assertUsageError(CliRun.run("tournament", "--list", "--db", "jdbc:oracle:thin:@h:1521:x"),
        "agora: --db takes a JDBC URL: jdbc:postgresql://HOST:PORT/DATABASE?user=...&password=... or jdbc:sqlite:FILE");
    CliRun unreachable = CliRun.run("tournament", RRPS, "--agents", "rockbot,copybot", "--db",
        "jdbc:postgresql://127.0.0.1:1/agora?user=agora&password=secret");
    assertFailure(unreachable, "agora: cannot open the database jdbc:postgresql://127.0.0.1:1/agora?user=agora&password=***: ");
    assertThat(unreachable.err()).doesNotContain("secret");
  }

  private static void assertUsageError(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo(message);
  }

  private static void assertFailure(CliRun run, String start) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith(start);
  }

  private static String comparable(String json) {
    return json.replaceAll("\"seconds\" *: *[-0-9.Ee]+", "\"seconds\": #")
        .replaceAll("\"tournament\" *: *[0-9]+", "\"tournament\": #")
        .replaceAll("\"matchesPlayed\" *: *[0-9]+", "\"matchesPlayed\": #");
  }

  @Test
  void csvHasOneRankedLinePerAgent() {
    CliRun run = CliRun.run("tournament", RRPS, "--agents", "rockbot,copybot,rotatebot", "--matches", "2",
        "--data", data.toString(), "--csv", "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("rank,agent,aggregate_score,population_return,within_population_exploitability,"
        + "mean_return,confidence_half_width_95,matches");
    assertThat(lines.subList(1, 4)).extracting(line -> line.split(",")[0]).containsExactly("1", "2", "3");
    assertThat(lines.subList(1, 4)).extracting(line -> line.split(",")[7]).containsOnly("4");
    CliRun both = CliRun.run("tournament", RRPS, "--agents", "rockbot,copybot", "--data", data.toString(), "--csv",
        "--json");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.errLines().get(0)).isEqualTo("agora: give --json or --csv, not both");
  }
}
