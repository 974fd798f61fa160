package org.agora.evaluation.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentResult;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvaluationSweepTest {

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  /** 2 x 3 pairings x 50 matches x 2 seeds = 600 matches: several blocks of 64 per seed. */
  private static final EvaluationSweepSpec RRPS = new EvaluationSweepSpec("repeated_rock_paper_scissors(rounds=50)",
      List.of("randbot", "copybot"), List.of("rockbot", "rotatebot", "randbot"), 50, List.of(3L, 11L));

  @Test
  void oneTournamentPerSeedSeatsEveryAgentAgainstEveryOpponentAgentMajor() {
    List<TournamentSpec> tournaments = RRPS.tournaments();
    assertThat(tournaments).hasSize(2);
    assertThat(tournaments).extracting(TournamentSpec::seed).containsExactly(3L, 11L);
    for (TournamentSpec tournament : tournaments) {
      assertThat(tournament.game()).isEqualTo(RRPS.game());
      assertThat(tournament.agents()).containsExactly("randbot", "copybot", "rockbot", "rotatebot", "randbot");
      assertThat(tournament.matchesPerPairing()).isEqualTo(50);
      List<int[]> seatings = ((Schedule.Custom) tournament.schedule()).seatings();
      assertThat(seatings).containsExactly(new int[] {0, 2}, new int[] {0, 3}, new int[] {0, 4}, new int[] {1, 2},
          new int[] {1, 3}, new int[] {1, 4});
    }
    assertThat(RRPS.matchCount()).isEqualTo(600);
  }

  @Test
  void badSpecificationsAreRefusedWithOneLineMessages() {
    assertThatThrownBy(() -> new EvaluationSweepSpec(" ", List.of("a"), List.of("b"), 1, List.of(0L)))
        .hasMessageContaining("game string is empty");
    assertThatThrownBy(() -> new EvaluationSweepSpec("g", List.of(), List.of("b"), 1, List.of(0L)))
        .hasMessage("no agents were given; give at least one agent string");
    assertThatThrownBy(() -> new EvaluationSweepSpec("g", List.of("a"), List.of("b", ""), 1, List.of(0L)))
        .hasMessageStartingWith("opponent 1 is empty");
    assertThatThrownBy(() -> new EvaluationSweepSpec("g", List.of("a"), List.of("b"), 0, List.of(0L)))
        .hasMessage("matches per pairing must be >= 1, got 0");
    assertThatThrownBy(() -> new EvaluationSweepSpec("g", List.of("a"), List.of("b"), 1, List.of()))
        .hasMessageStartingWith("no seeds were given");
    assertThatThrownBy(() -> new EvaluationSweepSpec("g", List.of("a"), List.of("b"), 1, List.of(4L, 4L)))
        .hasMessage("seed 4 is given twice; seeds must be distinct");
    EvaluationSweepSpec threePlayers = new EvaluationSweepSpec("kuhn_poker(players=3)", List.of("random"),
        List.of("random"), 1, List.of(0L));
    assertThatThrownBy(() -> EvaluationSweep.run(threePlayers, JobContext.sequential()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("\n");
  }

  @Test
  void fixedBotsGiveTheirKnownReturns() {
    // two throws: rockbot meets rotatebot's rock (draw) then paper (loss): -1 every match, in either seat
    EvaluationSweepSpec spec = new EvaluationSweepSpec("repeated_rock_paper_scissors(rounds=2)", List.of("rockbot"),
        List.of("rotatebot", "rockbot"), 4, List.of(0L, 1L));
    EvaluationSweepResult result = EvaluationSweep.run(spec, JobContext.sequential());
    assertThat(result.pairing(0, 0).matches()).isEqualTo(8);
    assertThat(result.pairing(0, 0).meanReturn()).isEqualTo(-1.0);
    assertThat(result.pairing(0, 0).standardError()).isEqualTo(0.0);
    assertThat(result.pairing(0, 1).meanReturn()).isEqualTo(0.0);
    assertThat(result.ranking()).singleElement().satisfies(agent -> {
      assertThat(agent.meanReturn()).isEqualTo(-0.5);
      assertThat(agent.matches()).isEqualTo(16);
      assertThat(agent.rank()).isEqualTo(1);
    });
  }

  @Test
  void resultsAreTheSameOnOneAndThreeThreadsAndProgressCountsMatches() {
    EvaluationSweepResult one = EvaluationSweep.run(RRPS, JobContext.sequential());
    AtomicLong last = new AtomicLong();
    EvaluationSweepResult three = EvaluationSweep.run(RRPS,
        new JobContext((done, total) -> last.accumulateAndGet(done, Math::max), Cancellation.never(), pool, 3));
    assertThat(last.get()).isEqualTo(600);
    assertSameRows(one.rows(), three.rows());
    assertThat(three.pairings()).isEqualTo(one.pairings());
    assertThat(three.ranking()).isEqualTo(one.ranking());
  }

  @Test
  void theSummaryDoesNotDependOnTheOrderOfTheRows() {
    EvaluationSweepResult result = EvaluationSweep.run(RRPS, JobContext.sequential());
    for (long seed = 0; seed < 5; seed++) {
      List<SweepMatch> shuffled = new ArrayList<>(result.rows());
      Collections.shuffle(shuffled, new Random(seed));
      EvaluationSweepResult again = EvaluationSweep.summarise(RRPS, shuffled);
      assertThat(again.pairings()).isEqualTo(result.pairings());
      assertThat(again.ranking()).isEqualTo(result.ranking());
      assertThat(again.rows()).isEqualTo(result.rows());
    }
  }

  @Test
  void theStreamingSummariserGivesTheSameFiguresWithoutKeepingRowsAndRefusesDisorder() {
    EvaluationSweepResult whole = EvaluationSweep.run(RRPS, JobContext.sequential());
    EvaluationSweep.Summariser streaming = new EvaluationSweep.Summariser(RRPS, false);
    whole.rows().forEach(streaming::add);
    EvaluationSweepResult streamed = streaming.result();
    assertThat(streamed.pairings()).isEqualTo(whole.pairings());
    assertThat(streamed.ranking()).isEqualTo(whole.ranking());
    assertThat(streamed.rows()).isEmpty();
    EvaluationSweep.Summariser disordered = new EvaluationSweep.Summariser(RRPS, false);
    disordered.add(whole.rows().get(1));
    assertThatThrownBy(() -> disordered.add(whole.rows().get(0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comes after");
    EvaluationSweep.Summariser shortOfRows = new EvaluationSweep.Summariser(RRPS, true);
    shortOfRows.add(whole.rows().get(0));
    assertThatThrownBy(shortOfRows::result).hasMessageContaining("1 rows were given");
  }

  @Test
  void perPairingMeansEqualADirectTournamentRun() {
    EvaluationSweepSpec oneSeed = new EvaluationSweepSpec(RRPS.game(), RRPS.agents(), RRPS.opponents(), 50,
        List.of(11L));
    EvaluationSweepResult sweep = EvaluationSweep.run(oneSeed, JobContext.sequential());
    TournamentSpec tournament = oneSeed.tournaments().get(0);
    List<MatchRecord> direct = new TournamentRunner(tournament).run(JobContext.sequential(), MatchSink.NONE);
    TournamentResult table = TournamentResult.of(tournament.agents(), 2, direct);
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(sweep.pairing(i, j).meanReturn()).isEqualTo(table.meanReturn(i, 2 + j));
        assertThat(sweep.pairing(i, j).matches()).isEqualTo(50);
      }
    }
    List<SweepMatch> expected = direct.stream().map(match -> new SweepMatch(0, match)).toList();
    assertSameRows(expected, sweep.rows());
  }

  @Test
  void theSummaryRefusesARepeatedOrMissingRow() {
    EvaluationSweepResult result = EvaluationSweep.run(RRPS, JobContext.sequential());
    List<SweepMatch> doubled = new ArrayList<>(result.rows());
    doubled.set(5, doubled.get(4));
    assertThatThrownBy(() -> EvaluationSweep.summarise(RRPS, doubled))
        .hasMessage("match 4 of seed index 0 appears twice");
    List<SweepMatch> missing = new ArrayList<>(result.rows());
    missing.remove(7);
    assertThatThrownBy(() -> EvaluationSweep.summarise(RRPS, missing))
        .hasMessage("the sweep has 600 matches; 599 rows were given");
  }

  @Test
  void aCancelledSweepStops() {
    Cancellation cancellation = Cancellation.create();
    cancellation.cancel();
    assertThatThrownBy(() -> EvaluationSweep.run(RRPS, new JobContext(ProgressListener.NONE, cancellation, pool, 2)))
        .isInstanceOf(JobCancelledException.class);
  }

  private static void assertSameRows(List<SweepMatch> expected, List<SweepMatch> actual) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).seedIndex()).isEqualTo(expected.get(i).seedIndex());
      assertThat(actual.get(i).match().sameOutcome(expected.get(i).match()))
          .as("row %d: %s vs %s", i, expected.get(i), actual.get(i)).isTrue();
    }
  }
}
