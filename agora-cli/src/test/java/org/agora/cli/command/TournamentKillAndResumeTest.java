package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.cli.CliRun;
import org.agora.core.job.JobContext;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.store.DataDirectory;
import org.agora.store.StoredTournament;
import org.agora.store.TournamentStatus;
import org.agora.store.TournamentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill test: {@code agora tournament} runs in a child JVM (this test's classpath), is
 * killed with SIGKILL once some but not all of its matches are stored, and is resumed with
 * {@code --resume ID}; the stored matches must then be those of an uninterrupted run, none lost and
 * none doubled.
 *
 * <p>The kill does not race the child: once a first block is stored, the test takes SQLite's write
 * lock ({@code BEGIN IMMEDIATE}), so the child stops at its next block's commit; the test counts the
 * stored matches under that lock, kills the child and only then lets the lock go. A child that
 * stored its last block before the test first saw one (a starved test JVM) proves nothing either
 * way; that attempt is discarded and the run repeated, at most three times.
 */
class TournamentKillAndResumeTest {

  // Full 1000-throw matches of two slow bots, one thread: the child stores a block of 64 about
  // every 0.2 s, ten blocks in all.
  private static final String GAME = "repeated_rock_paper_scissors(rounds=1000)";
  private static final List<String> AGENTS = List.of("greenberg", "iocainebot");
  private static final int MATCHES = 640; // ten blocks of 64
  private static final int ATTEMPTS = 3;
  private static final Pattern STARTED = Pattern.compile("^tournament (\\d+) in ");

  @TempDir
  Path temporary;

  @Test
  void aKilledRunResumedStoresEveryMatchOnce() throws Exception {
    // load the store's classes (Flyway, the SQLite driver) first, so the child is watched from its first block
    TournamentStore.openDataDirectory(temporary.resolve("warm-up")).close();
    Path data = null;
    long id = -1;
    long storedAtKill = MATCHES;
    for (int attempt = 1; attempt <= ATTEMPTS && storedAtKill == MATCHES; attempt++) {
      data = Files.createDirectory(temporary.resolve("attempt-" + attempt));
      Process child = startChild(data);
      try {
        CompletableFuture<Long> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> readTournamentId(child, started), "kill-test-stderr");
        reader.setDaemon(true);
        reader.start();
        id = started.get(60, TimeUnit.SECONDS);
        storedAtKill = killAfterFirstBlock(child, data, id);
      } finally {
        child.destroyForcibly();
      }
    }
    assertThat(storedAtKill).as("matches stored when the run was killed (in %d attempts)", ATTEMPTS)
        .isPositive().isLessThan(MATCHES);
    try (TournamentStore store = TournamentStore.openDataDirectory(data)) {
      StoredTournament killedAt = store.tournament(id);
      assertThat(killedAt.storedMatches()).isEqualTo(storedAtKill);
      assertThat(killedAt.status()).isEqualTo(TournamentStatus.RUNNING);
    }

    CliRun resumed = CliRun.run("tournament", "--resume", String.valueOf(id), "--data", data.toString(),
        "--no-progress", "--json");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();

    TournamentSpec spec = new TournamentSpec(GAME, AGENTS, new Schedule.RoundRobin(false), MATCHES, 3);
    List<MatchRecord> uninterrupted = new TournamentRunner(spec).run(JobContext.sequential(), block -> { });
    try (TournamentStore store = TournamentStore.openDataDirectory(data)) {
      StoredTournament done = store.tournament(id);
      assertThat(done.spec()).isEqualTo(spec);
      assertThat(done.status()).isEqualTo(TournamentStatus.COMPLETED);
      assertThat(done.storedMatches()).isEqualTo(MATCHES);
      List<MatchRecord> stored = store.matches(id);
      assertThat(stored).hasSize(uninterrupted.size());
      for (int i = 0; i < stored.size(); i++) {
        assertThat(stored.get(i).sameOutcome(uninterrupted.get(i))).as("match %d", i).isTrue();
      }
    }
  }

  private static Process startChild(Path data) throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.agora.cli.Main", "tournament", GAME,
        "--agents", String.join(",", AGENTS), "--matches", String.valueOf(MATCHES), "--seed", "3",
        "--data", data.toString(), "--no-progress", "--json")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /**
   * Waits for the child's first stored block, then holds the database's write lock while it counts
   * the stored matches and kills the child; returns that count ({@link #MATCHES} when the child had
   * finished first).
   */
  private static long killAfterFirstBlock(Process child, Path data, long id) throws Exception {
    try (Connection watcher = DriverManager.getConnection(
        "jdbc:sqlite:" + data.resolve(DataDirectory.DATABASE_FILE))) {
      try (Statement statement = watcher.createStatement()) {
        statement.execute("PRAGMA busy_timeout = 30000");
      }
      while (stored(watcher, id) == 0 && child.isAlive()) {
        Thread.sleep(5);
      }
      try (Statement statement = watcher.createStatement()) {
        statement.execute("BEGIN IMMEDIATE"); // the write lock: the child's next commit waits
        long stored = stored(watcher, id);
        child.destroyForcibly(); // SIGKILL, while the child cannot commit
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        statement.execute("ROLLBACK");
        return stored;
      }
    }
  }

  private static long stored(Connection connection, long id) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM tournament_match WHERE tournament_id = " + id)) {
      row.next();
      return row.getLong(1);
    }
  }

  /**
   * Reads the child's error stream until it names the tournament it stores, completes {@code started}
   * with that id and drains the rest, so the child never blocks on a full pipe.
   */
  private static void readTournamentId(Process child, CompletableFuture<Long> started) {
    try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      StringBuilder seen = new StringBuilder();
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        Matcher matcher = STARTED.matcher(line);
        if (matcher.find()) {
          started.complete(Long.parseLong(matcher.group(1)));
          err.transferTo(Writer.nullWriter());
          return;
        }
        seen.append(line).append('\n');
      }
      started.completeExceptionally(new AssertionError("the child ended without naming its tournament:\n" + seen));
    } catch (IOException | RuntimeException failure) {
      // after a kill the stream may fail; the id, if read, was already given
      started.completeExceptionally(failure);
    }
  }
}
