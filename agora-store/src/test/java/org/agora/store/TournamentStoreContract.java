package org.agora.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.job.JobContext;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind {@link TournamentStore} must do; run against the embedded database
 * ({@link SqliteTournamentStoreTest}) and a real PostgreSQL server ({@link PostgresTournamentStoreTest}).
 * Tests assert only on the tournaments they create, so a shared database may hold others.
 */
abstract class TournamentStoreContract {

  /** A URL of a database for one test (fresh, or shared with tournaments of other tests). */
  abstract String url() throws Exception;

  private String url;
  TournamentStore store;

  @BeforeEach
  void open() throws Exception {
    url = url();
    store = TournamentStore.open(url);
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void specificationsRoundTripForEveryScheduleKind() {
    List<TournamentSpec> specs = List.of(
        TournamentSpec.roundRobin("repeated_rock_paper_scissors", List.of("rockbot", "randbot", "copybot"), 4, -7L),
        new TournamentSpec("kuhn_poker", List.of("random", "mcts(simulations=100,c=1.4)"),
            new Schedule.RoundRobin(true), 2, Long.MIN_VALUE),
        new TournamentSpec("goofspiel(cards=4)", List.of("a", "b", "c", "d"), new Schedule.OneVsPopulation(2), 3,
            Long.MAX_VALUE),
        new TournamentSpec("three_player_game", List.of("x", "y \u00e9 \u4e2d", "z"),
            new Schedule.Custom(List.of(new int[] {0, 1, 2}, new int[] {2, 2, 1}, new int[] {1, 0, 0})), 5, 42L));
    int[] players = {2, 2, 2, 3};
    long[] expected = {3 * 4, 3 * 2, 3 * 3, 3 * 5};
    for (int i = 0; i < specs.size(); i++) {
      long id = store.create(specs.get(i), players[i]);
      StoredTournament stored = store.tournament(id);
      assertThat(stored.spec()).isEqualTo(specs.get(i));
      assertThat(store.spec(id)).isEqualTo(specs.get(i));
      assertThat(stored.players()).isEqualTo(players[i]);
      assertThat(stored.expectedMatches()).isEqualTo(expected[i]);
      assertThat(stored.storedMatches()).isZero();
      assertThat(stored.status()).isEqualTo(TournamentStatus.RUNNING);
    }
  }

  @Test
  void statusChangesAreStoredWithTheirTime() throws Exception {
    long id = store.create(spec(2), 2);
    StoredTournament created = store.tournament(id);
    for (TournamentStatus status : TournamentStatus.values()) {
      store.setStatus(id, status);
      StoredTournament now = store.tournament(id);
      assertThat(now.status()).isEqualTo(status);
      assertThat(now.createdAt()).isEqualTo(created.createdAt());
      assertThat(now.updatedAt()).isAfterOrEqualTo(created.createdAt());
    }
  }

  @Test
  void unknownTournamentsAreRefusedInOneLine() {
    long missing = store.create(spec(2), 2) + 1000;
    for (Runnable call : List.<Runnable>of(() -> store.tournament(missing), () -> store.storedIndexes(missing),
        () -> store.setStatus(missing, TournamentStatus.FAILED), () -> store.matches(missing))) {
      assertThatThrownBy(call::run).isInstanceOf(StoreException.class)
          .hasMessageStartingWith("no tournament " + missing + " in ").hasMessageNotContaining("\n");
    }
  }

  @Test
  void recordsRoundTripExactlyInIndexOrder() {
    long id = store.create(spec(3), 2);
    double[] awkward = {-0.0, 0.0, Double.NaN, Double.MIN_VALUE, 0.1 + 0.2, -1e300, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Math.PI, -1000.0};
    List<MatchRecord> records = new ArrayList<>();
    for (int index = 0; index < awkward.length; index++) {
      records.add(new MatchRecord(index, index / 3, index % 3, new int[] {index % 2, 1 - index % 2},
          index * 1_000_003L - 5, new double[] {awkward[index], -awkward[index]}, 1000 + index, 123_456_789L * index));
    }
    store.write(id, records.subList(5, 10));
    store.write(id, records.subList(0, 5));
    List<MatchRecord> read = store.matches(id);
    assertThat(read).hasSize(records.size());
    for (int i = 0; i < records.size(); i++) {
      assertThat(read.get(i)).isEqualTo(records.get(i)); // every field, the time too, doubles bit for bit
      assertThat(Double.doubleToRawLongBits(read.get(i).returnAt(0)))
          .isEqualTo(Double.doubleToRawLongBits(awkward[i]));
    }
  }

  @Test
  void aBlockWrittenAgainNeitherLosesNorDoublesARow() {
    long id = store.create(spec(3), 2);
    List<MatchRecord> records = randomRecords(200, new SplittableRandom(11));
    store.write(id, records.subList(0, 64));
    store.write(id, records.subList(0, 64));
    store.write(id, records.subList(32, 128)); // overlaps the first block
    store.write(id, records.subList(128, 200));
    store.write(id, records.subList(190, 200));
    assertThat(store.matches(id)).containsExactlyElementsOf(records);
    assertThat(store.tournament(id).storedMatches()).isEqualTo(200);
    assertThat(store.storedIndexes(id).count()).isEqualTo(200);
  }

  @Test
  void aBlockThatFailsStoresNothing() {
    long id = store.create(spec(3), 2);
    List<MatchRecord> block = new ArrayList<>(randomRecords(10, new SplittableRandom(3)));
    block.add(new MatchRecord(-1, 0, 0, new int[] {0, 1}, 1, new double[] {1, -1}, 1, 1)); // violates a CHECK
    assertThatThrownBy(() -> store.write(id, block)).isInstanceOf(StoreException.class);
    assertThat(store.matches(id)).isEmpty();
    store.write(id, block.subList(0, 10)); // the store is usable afterwards
    assertThat(store.matches(id)).hasSize(10);
  }

  @Test
  void storedIndexesAreThoseWritten() {
    long id = store.create(spec(3), 2);
    List<MatchRecord> records = randomRecords(300, new SplittableRandom(5));
    List<MatchRecord> some = new ArrayList<>();
    for (MatchRecord record : records) {
      if (record.index() % 7 == 3 || record.index() > 250) {
        some.add(record);
      }
    }
    store.write(id, some);
    StoredMatchIndexes stored = store.storedIndexes(id);
    for (long index = 0; index < 320; index++) {
      assertThat(stored.test(index)).as("index %d", index).isEqualTo(index < 300 && (index % 7 == 3 || index > 250));
    }
    assertThat(stored.count()).isEqualTo(some.size());
  }

  @Test
  void listsTournamentsWithStoredAndExpectedMatches() {
    long first = store.create(spec(3), 2);
    long second = store.create(spec(4), 2);
    store.write(second, randomRecords(5, new SplittableRandom(1)));
    store.setStatus(first, TournamentStatus.COMPLETED);
    List<StoredTournament> all = store.tournaments();
    assertThat(all).extracting(StoredTournament::id).contains(first, second).isSorted();
    StoredTournament listedFirst = all.stream().filter(t -> t.id() == first).findFirst().orElseThrow();
    StoredTournament listedSecond = all.stream().filter(t -> t.id() == second).findFirst().orElseThrow();
    assertThat(listedFirst.status()).isEqualTo(TournamentStatus.COMPLETED);
    assertThat(listedFirst.storedMatches()).isZero();
    assertThat(listedFirst.expectedMatches()).isEqualTo(3 * 10);
    assertThat(listedSecond.storedMatches()).isEqualTo(5);
    assertThat(listedSecond.expectedMatches()).isEqualTo(6 * 10);
    assertThat(listedSecond.spec()).isEqualTo(spec(4));
  }

  @Test
  void reopeningKeepsEverything() {
    long id = store.create(spec(3), 2);
    List<MatchRecord> records = randomRecords(70, new SplittableRandom(9));
    store.write(id, records);
    store.close();
    store = TournamentStore.open(url);
    assertThat(store.spec(id)).isEqualTo(spec(3));
    assertThat(store.matches(id)).containsExactlyElementsOf(records);
  }

  @Test
  void aRunStoppedMidwayAndResumedStoresTheUninterruptedRecords() {
    TournamentSpec spec = TournamentSpec.roundRobin("repeated_rock_paper_scissors(rounds=100)",
        List.of("rockbot", "randbot", "copybot", "rotatebot"), 40, 17L);
    TournamentRunner runner = new TournamentRunner(spec);
    List<MatchRecord> uninterrupted = runner.run(JobContext.sequential(), block -> { });
    long id = store.create(spec, 2);
    int[] blocks = {0};
    try {
      runner.run(JobContext.sequential(), block -> {
        if (blocks[0]++ == 2) {
          throw new IllegalStateException("killed");
        }
        store.sink(id).accept(block);
      });
    } catch (IllegalStateException killed) {
      // as a killed process: two blocks stored
    }
    StoredMatchIndexes stored = store.storedIndexes(id);
    assertThat(stored.count()).isEqualTo(128);
    List<MatchRecord> resumed = runner.run(JobContext.sequential(), store.sink(id), stored);
    assertThat(resumed).hasSize(uninterrupted.size() - 128);
    List<MatchRecord> all = store.matches(id);
    assertThat(all).hasSize(uninterrupted.size());
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).sameOutcome(uninterrupted.get(i))).as("match %d", i).isTrue();
    }
  }

  static TournamentSpec spec(int agents) {
    List<String> names = new ArrayList<>();
    for (int a = 0; a < agents; a++) {
      names.add("agent" + a);
    }
    return TournamentSpec.roundRobin("repeated_rock_paper_scissors", names, 10, agents);
  }

  static List<MatchRecord> randomRecords(int count, SplittableRandom random) {
    List<MatchRecord> records = new ArrayList<>(count);
    for (int index = 0; index < count; index++) {
      double first = random.nextInt(-1000, 1001) + random.nextDouble();
      records.add(new MatchRecord(index, index / 10, index % 10, new int[] {random.nextInt(3), random.nextInt(3)},
          random.nextLong(), new double[] {first, -first}, random.nextInt(1, 2000), random.nextLong(0, 1L << 40)));
    }
    return records;
  }
}
