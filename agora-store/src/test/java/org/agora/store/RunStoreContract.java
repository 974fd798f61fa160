package org.agora.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongPredicate;
import org.agora.evaluation.tournament.MatchRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind {@link RunStore} (and {@link AgoraDatabase}) must do; run against the
 * embedded database ({@link SqliteRunStoreTest}) and a real PostgreSQL server
 * ({@link PostgresRunStoreTest}). Tests assert only on the runs they create (each test uses a kind
 * of its own), so a shared database may hold others.
 */
abstract class RunStoreContract {

  /** A URL of a database for one test (fresh, or shared with runs of other tests). */
  abstract String url() throws Exception;

  /** A URL of an empty database (no schema at all), for the migration test. */
  abstract String emptyDatabaseUrl() throws Exception;

  private String url;
  AgoraDatabase database;
  RunStore runs;
  /** A kind no other test uses, so listings by kind hold only this test's runs. */
  String kind;

  @BeforeEach
  void open() throws Exception {
    url = url();
    database = AgoraDatabase.open(url);
    runs = database.runs();
    kind = "test-" + UUID.randomUUID();
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aNewRunIsQueuedWithEverythingItWasGiven() {
    String spec = "{\"game\":\"kuhn_poker\",\"method\":\"cfr+\",\"note\":\"\u00e9 \u4e2d\"}";
    Instant before = DatabaseKind.now();
    long id = runs.create(kind, "CFR+ on Kuhn poker", spec);
    StoredRun run = runs.get(id);
    assertThat(run.spec()).isEqualTo(spec);
    RunSummary summary = run.summary();
    assertThat(summary.id()).isEqualTo(id);
    assertThat(summary.kind()).isEqualTo(kind);
    assertThat(summary.title()).isEqualTo("CFR+ on Kuhn poker");
    assertThat(summary.status()).isEqualTo(RunStatus.QUEUED);
    assertThat(summary.done()).isZero();
    assertThat(summary.total()).isEqualTo(-1);
    assertThat(summary.totalKnown()).isFalse();
    assertThat(summary.hasResult()).isFalse();
    assertThat(summary.error()).isNull();
    assertThat(summary.tournamentId()).isNull();
    assertThat(summary.createdAt()).isAfterOrEqualTo(before).isEqualTo(summary.updatedAt());
    assertThat(summary.startedAt()).isNull();
    assertThat(summary.finishedAt()).isNull();
    assertThat(runs.result(id)).isEmpty();
    assertThat(runs.find(id + 1_000_000)).isEmpty();
  }

  @Test
  void aRunGoesFromQueuedThroughRunningToCompletedWithItsProgressAndResult() {
    long id = runs.create(kind, "t", "{}");
    assertThat(runs.updateProgress(id, 1, 10)).as("progress while queued").isFalse();
    assertThat(runs.markRunning(id)).isTrue();
    StoredRun running = runs.get(id);
    assertThat(running.status()).isEqualTo(RunStatus.RUNNING);
    assertThat(running.summary().startedAt()).isNotNull();
    assertThat(runs.updateProgress(id, 3, 10)).isTrue();
    assertThat(runs.get(id).summary()).extracting(RunSummary::done, RunSummary::total).containsExactly(3L, 10L);
    assertThat(runs.updateProgress(id, 4, -1)).isTrue();
    assertThat(runs.get(id).summary()).extracting(RunSummary::done, RunSummary::total).containsExactly(4L, -1L);
    assertThat(runs.complete(id, "{\"value\":-0.0555}")).isTrue();
    RunSummary done = runs.get(id).summary();
    assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(done.hasResult()).isTrue();
    assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
    assertThat(runs.result(id)).contains("{\"value\":-0.0555}");
    assertThat(runs.updateProgress(id, 5, 10)).as("progress after completion").isFalse();
    assertThat(runs.get(id).summary().done()).isEqualTo(4);
  }

  /**
   * Every transition from every status: applied exactly when {@link RunStatus#canBecome} says so,
   * otherwise refused with the run unchanged.
   */
  @Test
  void everyTransitionFromEveryStatusFollowsTheStateMachine() {
    for (RunStatus from : RunStatus.values()) {
      for (RunStatus to : RunStatus.values()) {
        long id = runInStatus(from);
        boolean applied = switch (to) {
          case QUEUED -> runs.markResumed(id);
          case RUNNING -> runs.markRunning(id);
          case COMPLETED -> runs.complete(id, "{\"r\":1}");
          case FAILED -> runs.fail(id, "boom");
          case CANCELLED -> runs.cancel(id);
          case INTERRUPTED -> runs.interruptRunning().contains(id);
        };
        assertThat(applied).as("%s -> %s", from, to).isEqualTo(from.canBecome(to));
        assertThat(runs.get(id).status()).as("%s -> %s", from, to).isEqualTo(applied ? to : from);
      }
    }
    // the table itself: only these moves exist
    assertThat(EnumSet.allOf(RunStatus.class)).allSatisfy(status -> assertThat(status.canBecome(status)).isFalse());
    assertThat(RunStatus.COMPLETED.canBecome(RunStatus.QUEUED)).isFalse();
    assertThat(RunStatus.CANCELLED.canBecome(RunStatus.RUNNING)).isFalse();
    assertThat(RunStatus.CANCELLED.canBecome(RunStatus.COMPLETED)).isFalse();
  }

  @Test
  void aWorkerFinishingACancelledRunLeavesItCancelled() {
    long id = runs.create(kind, "t", "{}");
    runs.markRunning(id);
    assertThat(runs.cancel(id)).isTrue();
    assertThat(runs.complete(id, "{\"late\":true}")).isFalse();
    assertThat(runs.fail(id, "late")).isFalse();
    assertThat(runs.markRunning(id)).isFalse();
    RunSummary summary = runs.get(id).summary();
    assertThat(summary.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(summary.hasResult()).isFalse();
    assertThat(summary.error()).isNull();
  }

  @Test
  void aResumedRunIsQueuedAgainWithItsProgressAndWithoutItsError() {
    long id = runs.create(kind, "t", "{}");
    runs.markRunning(id);
    runs.updateProgress(id, 7, 20);
    assertThat(runs.fail(id, "an agent broke the rules\n  at line 3\r\n")).isTrue();
    RunSummary failed = runs.get(id).summary();
    assertThat(failed.error()).isEqualTo("an agent broke the rules at line 3");
    assertThat(failed.finishedAt()).isNotNull();
    assertThat(runs.markResumed(id)).isTrue();
    RunSummary resumed = runs.get(id).summary();
    assertThat(resumed.status()).isEqualTo(RunStatus.QUEUED);
    assertThat(resumed.error()).isNull();
    assertThat(resumed.finishedAt()).isNull();
    assertThat(resumed).extracting(RunSummary::done, RunSummary::total).containsExactly(7L, 20L);
    assertThat(runs.markRunning(id)).isTrue();
    assertThat(runs.complete(id, "[]")).isTrue();
  }

  @Test
  void longAndEmptyErrorsAreKeptOnOneBoundedLine() {
    long id = runs.create(kind, "t", "{}");
    runs.fail(id, "x".repeat(10_000));
    assertThat(runs.get(id).summary().error()).hasSize(RunStore.MAX_ERROR_LENGTH).endsWith("...");
    long other = runs.create(kind, "t", "{}");
    runs.fail(other, "  ");
    assertThat(runs.get(other).summary().error()).isEqualTo("failed");
  }

  @Test
  void interruptRunningMarksEveryQueuedAndRunningRunAndNoOther() {
    long queued = runs.create(kind, "q", "{}");
    long running = runs.create(kind, "r", "{}");
    runs.markRunning(running);
    long completed = runInStatus(RunStatus.COMPLETED);
    long failed = runInStatus(RunStatus.FAILED);
    List<Long> interrupted = runs.interruptRunning();
    assertThat(interrupted).contains(queued, running).doesNotContain(completed, failed).isSorted();
    assertThat(runs.get(queued).status()).isEqualTo(RunStatus.INTERRUPTED);
    assertThat(runs.get(running).status()).isEqualTo(RunStatus.INTERRUPTED);
    assertThat(runs.get(running).summary().finishedAt()).isNotNull();
    assertThat(runs.get(completed).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(runs.get(failed).status()).isEqualTo(RunStatus.FAILED);
    assertThat(runs.interruptRunning()).doesNotContain(queued, running);
    assertThat(runs.markResumed(running)).isTrue();
  }

  @Test
  void listsNewestFirstByKindAndStatusInPages() {
    String otherKind = kind + "-other";
    List<Long> mine = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      long id = runs.create(i % 3 == 0 ? otherKind : kind, "run " + i, "{\"i\":" + i + "}");
      mine.add(id);
      if (i % 2 == 0) {
        runs.markRunning(id);
      }
    }
    List<Long> ofKind = List.of(mine.get(5), mine.get(4), mine.get(2), mine.get(1));
    assertThat(runs.list(kind, null, 100, 0)).extracting(RunSummary::id).containsExactlyElementsOf(ofKind);
    assertThat(runs.count(kind, null)).isEqualTo(4);
    assertThat(runs.list(kind, null, 2, 0)).extracting(RunSummary::id).containsExactly(mine.get(5), mine.get(4));
    assertThat(runs.list(kind, null, 2, 2)).extracting(RunSummary::id).containsExactly(mine.get(2), mine.get(1));
    assertThat(runs.list(kind, null, 2, 4)).isEmpty();
    assertThat(runs.list(kind, null, 0, 0)).isEmpty();
    // with their specifications, in the same order and pages
    assertThat(runs.listWithSpecs(kind, null, 100, 0)).extracting(StoredRun::id).containsExactlyElementsOf(ofKind);
    assertThat(runs.listWithSpecs(kind, null, 2, 2)).extracting(StoredRun::spec)
        .containsExactly("{\"i\":2}", "{\"i\":1}");
    assertThat(runs.listWithSpecs(kind, RunStatus.RUNNING, 100, 0)).extracting(StoredRun::id)
        .containsExactly(mine.get(4), mine.get(2));
    assertThat(runs.list(kind, RunStatus.RUNNING, 100, 0)).extracting(RunSummary::id)
        .containsExactly(mine.get(4), mine.get(2));
    assertThat(runs.count(kind, RunStatus.RUNNING)).isEqualTo(2);
    assertThat(runs.list(otherKind, RunStatus.QUEUED, 100, 0)).extracting(RunSummary::id).containsExactly(mine.get(3));
    // unfiltered: newest first, ours among them
    List<Long> all = runs.list(null, null, 1000, 0).stream().map(RunSummary::id).toList();
    assertThat(all).containsSubsequence(mine.get(6), mine.get(5), mine.get(0)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(runs.list(null, RunStatus.RUNNING, 1000, 0)).extracting(RunSummary::id)
        .contains(mine.get(6), mine.get(4)).doesNotContain(mine.get(5));
    assertThat(runs.count(null, null)).isGreaterThanOrEqualTo(7);
    assertThatThrownBy(() -> runs.list(null, null, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> runs.list(null, null, 1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLargeResultRoundTripsAndIsNotPartOfTheListing() {
    StringBuilder json = new StringBuilder("{\"series\":[");
    SplittableRandom random = new SplittableRandom(3);
    while (json.length() < 5_000_000) {
      json.append(random.nextDouble()).append(",\u00e9\",");
    }
    json.append("0]}");
    String result = json.toString();
    long id = runs.create(kind, "big", "{}");
    runs.markRunning(id);
    assertThat(runs.complete(id, result)).isTrue();
    assertThat(runs.result(id)).hasValueSatisfying(text -> assertThat(text).isEqualTo(result));
    RunSummary listed = runs.list(kind, null, 10, 0).get(0);
    assertThat(listed.id()).isEqualTo(id);
    assertThat(listed.hasResult()).isTrue();
  }

  @Test
  void unknownRunsAreRefusedInOneLine() {
    long missing = runs.create(kind, "t", "{}") + 1_000_000;
    List<Runnable> calls = List.of(() -> runs.get(missing), () -> runs.result(missing), () -> runs.markRunning(missing),
        () -> runs.updateProgress(missing, 1, 2), () -> runs.complete(missing, "{}"), () -> runs.fail(missing, "x"),
        () -> runs.cancel(missing), () -> runs.markResumed(missing), () -> runs.linkTournament(missing, 1));
    for (Runnable call : calls) {
      assertThatThrownBy(call::run).isInstanceOf(StoreException.class)
          .hasMessageNotContaining("\n").message().matches("no (run " + missing + "|tournament \\d+) in .*");
    }
    assertThat(runs.delete(missing)).isEqualTo(RunStore.Deletion.NO_SUCH_RUN);
    long id = runs.create(kind, "t", "{}");
    long noTournament = database.tournaments().create(TournamentStoreContract.spec(2), 2) + 1_000_000;
    assertThatThrownBy(() -> runs.linkTournament(id, noTournament)).isInstanceOf(StoreException.class)
        .hasMessageStartingWith("no tournament " + noTournament + " in ");
    assertThatThrownBy(() -> runs.create(" ", "t", "{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> runs.updateProgress(id, -1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deletingARunDeletesItsTournamentInOneGoAndNothingElse() throws Exception {
    TournamentStore tournaments = database.tournaments();
    long tournament = tournaments.create(TournamentStoreContract.spec(3), 2);
    tournaments.write(tournament, TournamentStoreContract.randomRecords(40, new SplittableRandom(5)));
    long kept = tournaments.create(TournamentStoreContract.spec(2), 2);
    tournaments.write(kept, TournamentStoreContract.randomRecords(10, new SplittableRandom(6)));
    long id = runs.create(kind, "tournament", "{}");
    runs.linkTournament(id, tournament);
    assertThat(runs.get(id).summary().tournamentId()).isEqualTo(tournament);
    runs.markRunning(id);
    assertThat(runs.delete(id)).as("running").isEqualTo(RunStore.Deletion.ACTIVE);
    assertThat(tournaments.matches(tournament)).hasSize(40);
    runs.complete(id, "{}");
    assertThat(runs.delete(id)).isEqualTo(RunStore.Deletion.DELETED);
    assertThat(runs.find(id)).isEmpty();
    assertThat(tournaments.tournaments()).extracting(StoredTournament::id).doesNotContain(tournament).contains(kept);
    assertThatThrownBy(() -> tournaments.matches(tournament)).isInstanceOf(StoreException.class);
    assertThat(tournaments.matches(kept)).hasSize(10);
    assertThat(countRows("match_seat", tournament)).isZero();
    assertThat(countRows("tournament_agent", tournament)).isZero();
    assertThat(runs.delete(id)).isEqualTo(RunStore.Deletion.NO_SUCH_RUN);
  }

  @Test
  void aTournamentDeletedByOtherMeansLeavesItsRunUnlinked() throws Exception {
    long tournament = database.tournaments().create(TournamentStoreContract.spec(2), 2);
    long id = runInStatus(RunStatus.COMPLETED);
    runs.linkTournament(id, tournament);
    try (Connection connection = DriverManager.getConnection(url, DatabaseKind.of(url).connectionProperties());
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM tournament WHERE id = " + tournament);
    }
    assertThat(database.tournaments().tournaments()).extracting(StoredTournament::id).doesNotContain(tournament);
    assertThat(runs.get(id).summary().tournamentId()).isNull();
    assertThat(runs.delete(id)).isEqualTo(RunStore.Deletion.DELETED);
  }

  @Test
  void aRunWithoutTournamentIsDeletedAlone() {
    long id = runInStatus(RunStatus.FAILED);
    long other = runInStatus(RunStatus.COMPLETED);
    assertThat(runs.delete(id)).isEqualTo(RunStore.Deletion.DELETED);
    assertThat(runs.find(id)).isEmpty();
    assertThat(runs.get(other).status()).isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void runsSurviveReopening() {
    long id = runInStatus(RunStatus.COMPLETED);
    database.close();
    database = AgoraDatabase.open(url);
    runs = database.runs();
    assertThat(runs.get(id).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(runs.result(id)).contains("{\"r\":1}");
    try (RunStore alone = RunStore.open(url)) {
      assertThat(alone.get(id).status()).isEqualTo(RunStatus.COMPLETED);
    }
  }

  /** Tournament blocks and run updates from two threads on the one shared connection: nothing lost. */
  @Test
  void tournamentsAndRunsAreWrittenConcurrentlyFromTwoThreads() throws Exception {
    TournamentStore tournaments = database.tournaments();
    long tournament = tournaments.create(TournamentStoreContract.spec(3), 2);
    long id = runs.create(kind, "concurrent", "{}");
    runs.linkTournament(id, tournament);
    runs.markRunning(id);
    List<MatchRecord> records = TournamentStoreContract.randomRecords(2000, new SplittableRandom(8));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> writer = pool.submit(() -> {
        for (int from = 0; from < records.size(); from += 50) {
          tournaments.write(tournament, records.subList(from, from + 50));
        }
      });
      Future<?> progress = pool.submit(() -> {
        for (int done = 1; done <= 500; done++) {
          if (!runs.updateProgress(id, done, 500)) {
            throw new AssertionError("progress " + done + " refused");
          }
          runs.list(kind, null, 10, 0);
        }
      });
      writer.get();
      progress.get();
    } finally {
      pool.shutdownNow();
    }
    assertThat(tournaments.matches(tournament)).containsExactlyElementsOf(records);
    assertThat(runs.get(id).summary()).extracting(RunSummary::done, RunSummary::total).containsExactly(500L, 500L);
  }

  /**
   * Two processes on one database (a CLI tournament while the server runs): a tournament store and
   * a run store opened apart, each on its own connection, written from two threads.
   */
  @Test
  void storesOpenedApartOnOneDatabaseWorkSideBySide() throws Exception {
    try (TournamentStore tournaments = TournamentStore.open(url); RunStore apart = RunStore.open(url)) {
      long tournament = tournaments.create(TournamentStoreContract.spec(3), 2);
      long id = apart.create(kind, "apart", "{}");
      apart.markRunning(id);
      List<MatchRecord> records = TournamentStoreContract.randomRecords(1000, new SplittableRandom(4));
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<?> writer = pool.submit(() -> {
          for (int from = 0; from < records.size(); from += 50) {
            tournaments.write(tournament, records.subList(from, from + 50));
          }
        });
        Future<?> progress = pool.submit(() -> {
          for (int done = 1; done <= 300; done++) {
            apart.updateProgress(id, done, 300);
          }
          apart.linkTournament(id, tournament);
        });
        writer.get();
        progress.get();
      } finally {
        pool.shutdownNow();
      }
      assertThat(database.tournaments().matches(tournament)).containsExactlyElementsOf(records);
      assertThat(runs.get(id).summary()).extracting(RunSummary::done, RunSummary::tournamentId)
          .containsExactly(300L, tournament);
    }
  }

  /**
   * A long read on one database object (a tournament streamed, the reader parked in the middle)
   * does not hold up writes through a second one on the same URL.
   */
  @Test
  void writesThroughASecondDatabaseProceedDuringALongRead() throws Exception {
    TournamentStore tournaments = database.tournaments();
    long tournament = tournaments.create(TournamentStoreContract.spec(3), 2);
    tournaments.write(tournament, TournamentStoreContract.randomRecords(500, new SplittableRandom(12)));
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (AgoraDatabase second = AgoraDatabase.open(url)) {
      Future<Long> reader = pool.submit(() -> tournaments.forEachMatch(tournament, record -> {
        if (record.index() == 100) {
          reading.countDown();
          try {
            release.await();
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
          }
        }
      }));
      reading.await();
      long id = second.runs().create(kind, "during a read", "{}");
      assertThat(second.runs().markRunning(id)).isTrue();
      assertThat(second.runs().updateProgress(id, 1, 2)).isTrue();
      long other = second.tournaments().create(TournamentStoreContract.spec(2), 2);
      second.tournaments().write(other, TournamentStoreContract.randomRecords(64, new SplittableRandom(13)));
      assertThat(reader.isDone()).as("the reader is still parked").isFalse();
      release.countDown();
      assertThat(reader.get()).isEqualTo(500);
      assertThat(runs.get(id).summary().done()).isEqualTo(1);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  /**
   * A database made by release 1 (schema V1 only, with a tournament in it) opened by this release:
   * the runs table appears and the tournament is intact.
   */
  @Test
  void aVersionOneDatabaseIsUpgradedKeepingItsTournaments() throws Exception {
    String empty = emptyDatabaseUrl();
    DatabaseKind databaseKind = DatabaseKind.of(empty);
    Flyway.configure(getClass().getClassLoader())
        .dataSource(empty, null, null)
        .locations(databaseKind.migrationLocation())
        .target("1")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(empty, databaseKind.connectionProperties());
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO tournament (id, game, schedule, self_play, matches_per_pairing, seed,"
          + " players, expected_matches, status, created_at, updated_at) VALUES (5, 'repeated_rock_paper_scissors',"
          + " 'round_robin', FALSE, 2, 9, 2, 6, 'completed', " + time(databaseKind) + ", " + time(databaseKind) + ")");
      statement.executeUpdate("INSERT INTO tournament_agent VALUES (5, 0, 'rockbot'), (5, 1, 'copybot')");
      statement.executeUpdate("INSERT INTO tournament_match VALUES (5, 0, 0, 0, 77, 1000, 123)");
      statement.executeUpdate("INSERT INTO match_seat VALUES (5, 0, 0, 1, 12.5, " + Double.doubleToRawLongBits(12.5)
          + "), (5, 0, 1, 0, -12.5, " + Double.doubleToRawLongBits(-12.5) + ")");
      assertThatThrownBy(() -> statement.executeQuery("SELECT COUNT(*) FROM job_run")).hasMessageContaining("job_run");
    }
    try (AgoraDatabase upgraded = AgoraDatabase.open(empty)) {
      StoredTournament tournament = upgraded.tournaments().tournament(5);
      assertThat(tournament.spec().agents()).containsExactly("rockbot", "copybot");
      assertThat(tournament.status()).isEqualTo(TournamentStatus.COMPLETED);
      assertThat(upgraded.tournaments().matches(5)).singleElement().satisfies(match -> {
        assertThat(match.agentAt(0)).isEqualTo(1);
        assertThat(match.returnAt(1)).isEqualTo(-12.5);
      });
      assertThat(upgraded.runs().list(null, null, 10, 0)).isEmpty();
      long id = upgraded.runs().create("tournament", "old", "{}");
      upgraded.runs().linkTournament(id, 5);
      assertThat(upgraded.runs().get(id).summary().tournamentId()).isEqualTo(5);
    }
  }

  private static String time(DatabaseKind kind) {
    return kind == DatabaseKind.SQLITE ? "'2026-01-02T03:04:05.678Z'" : "TIMESTAMPTZ '2026-01-02 03:04:05.678+00'";
  }

  private long countRows(String table, long tournament) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, DatabaseKind.of(url).connectionProperties());
        Statement statement = connection.createStatement();
        var row = statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE tournament_id = " + tournament)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** A new run of this test's kind brought to {@code status} by the store's own transitions. */
  private long runInStatus(RunStatus status) {
    long id = runs.create(kind, status.storedName(), "{}");
    Set<RunStatus> viaRunning = EnumSet.of(RunStatus.RUNNING, RunStatus.COMPLETED);
    if (viaRunning.contains(status)) {
      runs.markRunning(id);
    }
    LongPredicate step = switch (status) {
      case QUEUED, RUNNING -> ignored -> true;
      case COMPLETED -> run -> runs.complete(run, "{\"r\":1}");
      case FAILED -> run -> runs.fail(run, "boom");
      case CANCELLED -> run -> runs.cancel(run);
      case INTERRUPTED -> run -> {
        runs.markRunning(run);
        return runs.interruptRunning().contains(run);
      };
    };
    assertThat(step.test(id)).isTrue();
    assertThat(runs.get(id).status()).isEqualTo(status);
    return id;
  }
}
