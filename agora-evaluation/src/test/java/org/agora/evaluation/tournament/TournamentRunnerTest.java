package org.agora.evaluation.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.agora.core.GameSpecException;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.JobRegistry;
import org.agora.core.job.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TournamentRunnerTest {

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  private static JobContext parallel(int parallelism) {
    return new JobContext(ProgressListener.NONE, Cancellation.never(), pool, parallelism);
  }

  private static final TournamentSpec KUHN = TournamentSpec.roundRobin("kuhn_poker",
      List.of("random", "mcts(simulations=8)", "random"), 50, 7);

  @Test
  void everyMatchIsPlayedOnceWithSeatsAlternating() {
    TournamentRunner runner = new TournamentRunner(KUHN);
    List<MatchRecord> records = runner.run(JobContext.sequential(), MatchSink.NONE);

    assertThat(runner.matchCount()).isEqualTo(150);
    assertThat(records).hasSize(150);
    for (int i = 0; i < records.size(); i++) {
      MatchRecord record = records.get(i);
      assertThat(record.index()).isEqualTo(i);
      assertThat(record.pairing()).isEqualTo(i / 50);
      assertThat(record.match()).isEqualTo(i % 50);
      int[] base = runner.pairings().get(record.pairing());
      assertThat(record.seats()).containsExactly(TournamentRunner.rotate(base, record.match()));
      assertThat(record.returnAt(0) + record.returnAt(1)).isCloseTo(0.0, within(1e-12)); // zero-sum
      assertThat(record.length()).isBetween(4L, 6L);
    }
  }

  @Test
  void aRunnerGivenABuiltGamePlaysItAndNeverLooksUpTheSpecsGameString() {
    TournamentSpec labelled = TournamentSpec.roundRobin("upload-7", KUHN.agents(), KUHN.matchesPerPairing(), KUHN.seed());
    assertThatThrownBy(() -> new TournamentRunner(labelled)).isInstanceOf(GameSpecException.class);
    TournamentRunner runner = new TournamentRunner(labelled, org.agora.core.GameRegistry.create("kuhn_poker"));
    List<MatchRecord> played = runner.run(JobContext.sequential(), MatchSink.NONE);
    List<MatchRecord> expected = new TournamentRunner(KUHN).run(JobContext.sequential(), MatchSink.NONE);
    assertThat(runner.matchCount()).isEqualTo(150);
    assertThat(played).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(played.get(i).returns()).containsExactly(expected.get(i).returns());
      assertThat(played.get(i).seed()).isEqualTo(expected.get(i).seed());
    }
  }

  @Test
  void recordsAreTheSameOnAnyNumberOfThreads() {
    List<MatchRecord> one = new TournamentRunner(KUHN).run(JobContext.sequential(), MatchSink.NONE);
    List<MatchRecord> three = new TournamentRunner(KUHN).run(parallel(3), MatchSink.NONE);

    assertThat(three).hasSameSizeAs(one);
    for (int i = 0; i < one.size(); i++) {
      assertThat(three.get(i).sameOutcome(one.get(i))).as("match %d", i).isTrue();
    }
    // and a different seed gives different matches
    List<MatchRecord> other = new TournamentRunner(TournamentSpec.roundRobin("kuhn_poker", KUHN.agents(), 50, 8))
        .run(JobContext.sequential(), MatchSink.NONE);
    assertThat(other.get(0).seed()).isNotEqualTo(one.get(0).seed());
  }

  @Test
  void blocksPlayedOneByOneInAnyOrderAreTheRunsRecords() {
    TournamentRunner runner = new TournamentRunner(KUHN);
    List<MatchRecord> whole = runner.run(JobContext.sequential(), MatchSink.NONE);
    assertThat(runner.blockCount()).isEqualTo((int) ((runner.matchCount() + TournamentRunner.BLOCK - 1) / TournamentRunner.BLOCK));
    List<MatchRecord> byBlocks = new ArrayList<>();
    for (int block = runner.blockCount() - 1; block >= 0; block--) { // backwards: no state carries over
      List<MatchRecord> records = new TournamentRunner(KUHN).playBlock(block);
      assertThat(records.get(0).index()).isEqualTo((long) block * TournamentRunner.BLOCK);
      byBlocks.addAll(0, records);
    }
    assertThat(byBlocks).hasSameSizeAs(whole);
    for (int i = 0; i < whole.size(); i++) {
      assertThat(byBlocks.get(i).sameOutcome(whole.get(i))).as("match %d", i).isTrue();
    }
    assertThatThrownBy(() -> runner.playBlock(runner.blockCount())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> runner.playBlock(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSinkGetsEveryRecordOnceInBlocks() {
    List<List<MatchRecord>> blocks = new ArrayList<>();
    new TournamentRunner(KUHN).run(parallel(2), blocks::add);

    Set<Long> seen = new HashSet<>();
    for (List<MatchRecord> block : blocks) {
      assertThat(block.size()).isBetween(1, TournamentRunner.BLOCK);
      for (int i = 1; i < block.size(); i++) {
        assertThat(block.get(i).index()).isEqualTo(block.get(i - 1).index() + 1);
      }
      for (MatchRecord record : block) {
        assertThat(seen.add(record.index())).as("match %d twice", record.index()).isTrue();
      }
    }
    assertThat(seen).hasSize(150);
  }

  @Test
  void aResumedRunPlaysOnlyTheMissingMatchesAndAddsUpToTheFullRun() {
    List<MatchRecord> full = new TournamentRunner(KUHN).run(JobContext.sequential(), MatchSink.NONE);
    // a first run "killed" after some blocks: the store holds matches 0-63 and 128-149
    Set<Long> stored = new HashSet<>();
    List<MatchRecord> kept = new ArrayList<>();
    for (MatchRecord record : full) {
      if (record.index() < 64 || record.index() >= 128) {
        stored.add(record.index());
        kept.add(record);
      }
    }
    List<MatchRecord> resumed = new TournamentRunner(KUHN).run(parallel(2), MatchSink.NONE, stored::contains);

    assertThat(resumed).extracting(MatchRecord::index).containsExactlyElementsOf(
        java.util.stream.LongStream.range(64, 128).boxed().toList());
    List<MatchRecord> all = new ArrayList<>(kept);
    all.addAll(resumed);
    TournamentResult fromResume = TournamentResult.of(KUHN.agents(), 2, all);
    TournamentResult fromFull = TournamentResult.of(KUHN.agents(), 2, full);
    for (int a = 0; a < 3; a++) {
      assertThat(fromResume.returns(a).mean()).isEqualTo(fromFull.returns(a).mean());
      for (int b = 0; b < 3; b++) {
        assertThat(fromResume.returns(a, b).count()).isEqualTo(fromFull.returns(a, b).count());
      }
    }
    assertThatThrownBy(() -> TournamentResult.of(KUHN.agents(), 2, List.of(full.get(3), full.get(3))))
        .hasMessage("match 3 appears twice");
  }

  @Test
  void theCrossTableOfAZeroSumGameIsAntisymmetric() {
    TournamentResult result = (TournamentResult) JobRegistry.run(KUHN, JobContext.sequential());

    assertThat(result.matches()).isEqualTo(150);
    for (int a = 0; a < 3; a++) {
      assertThat(result.returns(a, a).count()).isZero();
      assertThat(result.meanReturn(a, a)).isNaN();
      for (int b = 0; b < 3; b++) {
        if (a != b) {
          assertThat(result.returns(a, b).count()).isEqualTo(50);
          assertThat(result.meanReturn(a, b)).isCloseTo(-result.meanReturn(b, a), within(1e-12));
        }
      }
      assertThat(result.returns(a).count()).isEqualTo(100);
    }
  }

  @Test
  void badAgentsAndSchedulesFailBeforeAnythingIsPlayed() {
    assertThatThrownBy(() -> new TournamentRunner(TournamentSpec.roundRobin("kuhn_poker", List.of("random", "nosuch"), 2, 0)))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("nosuch");
    assertThatThrownBy(() -> new TournamentRunner(TournamentSpec.roundRobin("kuhn_poker", List.of("random", "alphabeta"), 2, 0)))
        .hasMessageContaining("alphabeta cannot play kuhn_poker");
    assertThatThrownBy(() -> TournamentSpec.roundRobin("kuhn_poker", List.of("random"), 0, 0))
        .hasMessage("matches per pairing must be >= 1, got 0");
  }

  @Test
  void aCancelledRunStopsBetweenMatches() {
    Cancellation cancellation = Cancellation.create();
    cancellation.cancel();
    JobContext context = new JobContext(ProgressListener.NONE, cancellation, pool, 2);
    assertThatThrownBy(() -> new TournamentRunner(KUHN).run(context, MatchSink.NONE))
        .isInstanceOf(JobCancelledException.class);
  }

  @Test
  void progressCountsTheMatchesToPlay() {
    long[] last = {0, 0};
    JobContext context = new JobContext((done, total) -> {
      last[0] = done;
      last[1] = total;
    }, Cancellation.never(), pool, 1);
    new TournamentRunner(KUHN).run(context, MatchSink.NONE, index -> index < 100);
    assertThat(last).containsExactly(50, 50);
  }

  @Test
  void aRoundRobinGivesTheCrossTableOfThePopulationMetrics() {
    TournamentResult result = (TournamentResult) JobRegistry.run(KUHN, JobContext.sequential());
    org.agora.evaluation.population.CrossTable table = result.crossTable();

    assertThat(table.agents()).containsExactly("random", "mcts(simulations=8)", "random #2");
    assertThat(table.meanReturn(0, 1)).isEqualTo(result.meanReturn(0, 1));
    assertThat(table.matchCount(2, 1)).hasValue(50);
    org.agora.evaluation.population.PopulationMetrics metrics = org.agora.evaluation.population.PopulationMetrics.of(table);
    // population return: the mean over the population, self-play (absent) counting 0
    double expected = (result.meanReturn(1, 0) + 0 + result.meanReturn(1, 2)) / 3;
    assertThat(metrics.agent("mcts(simulations=8)").populationReturn()).isCloseTo(expected, within(1e-12));

    TournamentResult partial = TournamentResult.of(KUHN.agents(), 2,
        new TournamentRunner(new TournamentSpec("kuhn_poker", KUHN.agents(), new Schedule.OneVsPopulation(1), 4, 1))
            .run(JobContext.sequential(), MatchSink.NONE));
    assertThatThrownBy(partial::crossTable).hasMessage("random never met random #2; a cross-table needs every pair (a round robin)");
  }
}
