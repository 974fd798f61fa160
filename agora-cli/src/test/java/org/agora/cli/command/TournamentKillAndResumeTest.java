package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.cli.CliRun;
import org.agora.core.job.JobContext;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
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
 */
class TournamentKillAndResumeTest {

  // The two slowest bots over full 1000-throw matches: the child needs about 2 s for the ten blocks of
  // 64, while the watcher kills it within milliseconds of its first stored block (a run of rockbot
  // against iocainebot over 100 throws once finished before the watcher saw a block).
  private static final String GAME = "repeated_rock_paper_scissors(rounds=1000)";
  private static final List<String> AGENTS = List.of("greenberg", "iocainebot");
  private static final int MATCHES = 640; // ten blocks of 64
  private static final Pattern STARTED = Pattern.compile("^tournament (\\d+) in ");

  @TempDir
  Path data;

  @Test
  void aKilledRunResumedStoresEveryMatchOnce(@TempDir Path warmUp) throws Exception {
    // load the store's classes (Flyway, the SQLite driver) first, so the child is watched from its first block
    TournamentStore.openDataDirectory(warmUp).close();
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.agora.cli.Main", "tournament", GAME,
        "--agents", String.join(",", AGENTS), "--matches", String.valueOf(MATCHES), "--seed", "3",
        "--data", data.toString(), "--no-progress", "--json")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    long id;
    StoredTournament killedAt;
    try {
      CompletableFuture<Long> started = CompletableFuture.supplyAsync(() -> tournamentId(child));
      id = started.get(60, TimeUnit.SECONDS);
      try (TournamentStore store = TournamentStore.openDataDirectory(data)) {
        StoredTournament now = store.tournament(id);
        while (now.storedMatches() == 0 && child.isAlive()) {
          Thread.sleep(5);
          now = store.tournament(id);
        }
        child.destroyForcibly(); // SIGKILL
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        killedAt = store.tournament(id);
      }
    } finally {
      child.destroyForcibly();
    }
    assertThat(killedAt.storedMatches()).as("matches stored when the run was killed")
        .isPositive().isLessThan(MATCHES);
    assertThat(killedAt.status()).isEqualTo(TournamentStatus.RUNNING);

    CliRun resumed = CliRun.run("tournament", "--resume", String.valueOf(id), "--data", data.toString(),
        "--no-progress", "--json");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();

    TournamentSpec spec = new TournamentSpec(GAME, AGENTS,
        new org.agora.evaluation.tournament.Schedule.RoundRobin(false), MATCHES, 3);
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

  /** Reads the child's error stream until it names the tournament it stores. */
  private static long tournamentId(Process child) {
    try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      StringBuilder seen = new StringBuilder();
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        Matcher matcher = STARTED.matcher(line);
        if (matcher.find()) {
          // keep draining so the child never blocks on a full pipe
          Thread drain = new Thread(() -> {
            try {
              err.transferTo(java.io.Writer.nullWriter());
            } catch (java.io.IOException ignored) {
              // the child was killed
            }
          });
          drain.setDaemon(true);
          drain.start();
          return Long.parseLong(matcher.group(1));
        }
        seen.append(line).append('\n');
      }
      throw new AssertionError("the child ended without naming its tournament:\n" + seen);
    } catch (java.io.IOException failure) {
      throw new java.io.UncheckedIOException(failure);
    }
  }
}
