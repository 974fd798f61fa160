package org.agora.evaluation.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.evaluation.statistics.RunningStatistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EpisodeRunnerTest {

  private static ExecutorService pool;

  private final Game pennies = GameRegistry.create("matching_pennies");
  private final Game kuhn = GameRegistry.create("kuhn_poker");

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  private static JobContext parallel(int parallelism) {
    return new JobContext(ProgressListener.NONE, Cancellation.never(), pool, parallelism);
  }

  private static void assertSameNumbers(PlayResult actual, PlayResult expected) {
    assertThat(actual.episodes()).isEqualTo(expected.episodes());
    assertThat(actual.returns()).hasSameSizeAs(expected.returns());
    for (int player = 0; player < expected.returns().size(); player++) {
      RunningStatistics a = actual.returns().get(player);
      RunningStatistics e = expected.returns().get(player);
      assertThat(a.count()).isEqualTo(e.count());
      assertThat(a.mean()).isEqualTo(e.mean());
      assertThat(a.standardDeviation()).isEqualTo(e.standardDeviation());
    }
    assertThat(actual.gameLength().mean()).isEqualTo(expected.gameLength().mean());
    assertThat(actual.gameLength().standardDeviation()).isEqualTo(expected.gameLength().standardDeviation());
  }

  @Test
  void chunkSizeDependsOnlyOnTheEpisodeCount() {
    assertThat(EpisodeRunner.chunkSize(1)).isEqualTo(256);
    assertThat(EpisodeRunner.chunkSize(1_000_000)).isEqualTo(256);
    assertThat(EpisodeRunner.chunkSize(2_000_000)).isEqualTo(489);
    assertThat(EpisodeRunner.chunkSize(10_000_000)).isEqualTo(2442);
  }

  @Test
  void chunkArithmeticIsExactUpToTheLargestCount() {
    // (episodes + 4095) / 4096 wrapped around for counts near Long.MAX_VALUE: 2^63-1 episodes became
    // one chunk of 256, and 9223372036854770000 a negative chunk count.
    assertThat(EpisodeRunner.chunkSize(Long.MAX_VALUE)).isEqualTo((Long.MAX_VALUE >> 12) + 1);
    assertThat(EpisodeRunner.chunkCount(Long.MAX_VALUE)).isEqualTo(4096);
    assertThat(EpisodeRunner.chunkSize(9_223_372_036_854_770_000L)).isEqualTo(2_251_799_813_685_247L);
    assertThat(EpisodeRunner.chunkCount(9_223_372_036_854_770_000L)).isEqualTo(4096);
    assertThat(EpisodeRunner.chunkCount(1)).isEqualTo(1);
    assertThat(EpisodeRunner.chunkCount(256)).isEqualTo(1);
    assertThat(EpisodeRunner.chunkCount(257)).isEqualTo(2);
    assertThat(EpisodeRunner.chunkCount(1_048_576)).isEqualTo(4096);
    assertThat(EpisodeRunner.chunkCount(1_048_577)).as("chunks of 257").isEqualTo(4081);
  }

  @Test
  void chunksCoverEveryCountExactlyAndKeepTheFormerSizes() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(9);
    for (int i = 0; i < 10_000; i++) {
      long episodes = switch (i % 3) {
        case 0 -> 1 + random.nextLong(10_000_000L);
        case 1 -> 1 + random.nextLong(Long.MAX_VALUE >> 20);
        default -> Long.MAX_VALUE - random.nextLong(1L << 40);
      };
      long size = EpisodeRunner.chunkSize(episodes);
      int count = EpisodeRunner.chunkCount(episodes);
      assertThat(count).as("chunks for %d", episodes).isBetween(1, 4096);
      assertThat((count - 1) * size).as("the last chunk starts inside the run of %d", episodes).isLessThan(episodes);
      assertThat(episodes - (count - 1) * size).as("the last chunk of %d", episodes).isBetween(1L, size);
      if (episodes < Long.MAX_VALUE >> 20) {
        // The former formula, exact while nothing overflows: seeds and chunking of ordinary runs are unchanged.
        long formerSize = Math.max(256, (episodes + 4095) / 4096);
        assertThat(size).isEqualTo(formerSize);
        assertThat(count).isEqualTo((int) ((episodes + formerSize - 1) / formerSize));
      }
    }
  }

  @Test
  void theLargestCountReportsProgressAndStopsWhenCancelled() {
    Cancellation cancellation = Cancellation.create();
    List<long[]> reports = Collections.synchronizedList(new ArrayList<>());
    ProgressListener listener = (done, total) -> {
      reports.add(new long[] {done, total});
      if (done >= 10_000) {
        cancellation.cancel();
      }
    };
    EpisodeRunner runner = new EpisodeRunner(pennies, List.of("random", "random"), 1);

    assertThatThrownBy(() -> runner.run(Long.MAX_VALUE, JobContext.sequential(listener, cancellation)))
        .isInstanceOf(JobCancelledException.class);
    assertThat(reports).isNotEmpty();
    assertThat(reports).allSatisfy(report -> assertThat(report[1]).isEqualTo(Long.MAX_VALUE));
    assertThat(reports.get(reports.size() - 1)[0]).isBetween(10_000L, 1_000_000L);
  }

  @Test
  void sameSeedSameNumbersOnAnyThreadCount() {
    EpisodeRunner runner = new EpisodeRunner(pennies, List.of("random", "random"), 3);
    PlayResult one = runner.run(5_000, JobContext.sequential());
    PlayResult four = runner.run(5_000, parallel(4));

    assertThat(four.episodes()).isEqualTo(5_000);
    assertSameNumbers(four, one);
  }

  @Test
  void aChanceGameGivesBitIdenticalNumbersOnOneAndThreeWorkers() {
    EpisodeRunner runner = new EpisodeRunner(kuhn, List.of("random", "random"), 20261207);
    PlayResult one = runner.run(3_001, JobContext.sequential());
    PlayResult three = runner.run(3_001, parallel(3));

    assertSameNumbers(three, one);
    // Kuhn poker is zero-sum, and a game lasts 4 or 5 moves (two deals, two or three bets).
    assertThat(one.returns().get(0).mean()).isEqualTo(-one.returns().get(1).mean());
    assertThat(one.gameLength().mean()).isBetween(4.0, 5.0);
    assertThat(new EpisodeRunner(kuhn, List.of("random", "random"), 20261208).run(3_001, JobContext.sequential())
        .returns().get(0).mean()).isNotEqualTo(one.returns().get(0).mean());
  }

  @Test
  void progressCountsEpisodesWithNonDecreasingValuesAndEndsAtTheTotal() {
    List<long[]> calls = Collections.synchronizedList(new ArrayList<>());
    JobContext context = new JobContext((done, total) -> calls.add(new long[] {done, total}), Cancellation.never(),
        pool, 3);

    new EpisodeRunner(kuhn, List.of("random", "random"), 1).run(2_000, context);

    assertThat(calls).isNotEmpty();
    long previous = 0;
    for (long[] call : calls) {
      assertThat(call[1]).isEqualTo(2_000);
      assertThat(call[0]).isGreaterThan(previous).isLessThanOrEqualTo(2_000);
      previous = call[0];
    }
    assertThat(previous).isEqualTo(2_000);
  }

  @Test
  void aCancelledRunStopsBetweenEpisodes() {
    Cancellation cancellation = Cancellation.create();
    long[] lastDone = {0};
    ProgressListener cancelAfterFirstReport = (done, total) -> {
      lastDone[0] = done;
      cancellation.cancel();
    };
    EpisodeRunner runner = new EpisodeRunner(kuhn, List.of("random", "random"), 1);

    assertThatThrownBy(() -> runner.run(100_000, JobContext.sequential(cancelAfterFirstReport, cancellation)))
        .isInstanceOf(JobCancelledException.class);
    assertThat(lastDone[0]).isLessThan(100_000);

    Cancellation already = Cancellation.create();
    already.cancel();
    assertThatThrownBy(() -> runner.run(10_000, new JobContext(ProgressListener.NONE, already, pool, 3)))
        .isInstanceOf(JobCancelledException.class);
  }

  @Test
  void theRunnerSubmitsAtMostParallelismTasksAndLeavesTheExecutorRunning() {
    AtomicInteger submitted = new AtomicInteger();
    JobContext context = new JobContext(ProgressListener.NONE, Cancellation.never(), task -> {
      submitted.incrementAndGet();
      pool.execute(task);
    }, 3);

    new EpisodeRunner(kuhn, List.of("random", "random"), 1).run(10_000, context);
    assertThat(submitted).hasValue(3);
    assertThat(pool.isShutdown()).isFalse();

    submitted.set(0);
    new EpisodeRunner(kuhn, List.of("random", "random"), 1).run(100, context);
    assertThat(submitted).as("one chunk needs one worker, run on the calling thread").hasValue(0);
  }

  @Test
  void aRejectingExecutorFailsTheRunAfterTheAcceptedWorkersStop() {
    AtomicInteger accepted = new AtomicInteger();
    JobContext context = new JobContext(ProgressListener.NONE, Cancellation.never(), task -> {
      if (accepted.incrementAndGet() > 1) {
        throw new java.util.concurrent.RejectedExecutionException("pool is full");
      }
      pool.execute(task);
    }, 3);

    assertThatThrownBy(() -> new EpisodeRunner(kuhn, List.of("random", "random"), 1).run(10_000, context))
        .isInstanceOf(java.util.concurrent.RejectedExecutionException.class).hasMessage("pool is full");
  }

  @Test
  void everyAgentHearsTheEndOfEveryEpisodeWithTheFinalReturns() {
    TestAgentProviders.Counting.reset();
    PlayResult result = new EpisodeRunner(kuhn, List.of("evaluation_test_counting", "random"), 5)
        .run(1_500, parallel(2));

    assertThat(TestAgentProviders.Counting.EPISODES_ENDED).hasValue(1_500);
    double meanFromEpisodeEnds = TestAgentProviders.Counting.RETURN_MICROS.get() / 1e6 / 1_500;
    assertThat(meanFromEpisodeEnds).isCloseTo(result.returns().get(0).mean(), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void illegalAgentActionsAreReported() {
    EpisodeRunner runner = new EpisodeRunner(pennies, List.of("random", "evaluation_test_illegal"), 0);

    assertThatThrownBy(() -> runner.run(10, parallel(2))).isInstanceOf(MatchFailure.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("agent 'evaluation_test_illegal' (" + pennies.playerName(1)
            + ") chose illegal action 99 after history []; legal: [0, 1]");
  }

  @Test
  void anIllegalActionLateInTheEpisodeIsReportedWithTheMovesBeforeIt() {
    // Kuhn poker: two cards dealt by chance, player 0 acts (random), then player 1 plays 99.
    EpisodeRunner runner = new EpisodeRunner(kuhn, List.of("random", "evaluation_test_illegal"), 3);

    assertThatThrownBy(() -> runner.run(10, JobContext.sequential())).isInstanceOf(MatchFailure.class)
        .message().matches("agent 'evaluation_test_illegal' \\(" + java.util.regex.Pattern.quote(kuhn.playerName(1))
            + "\\) chose illegal action 99 after history \\[([0-2]), (?!\\1)[0-2], [01]\\]; legal: \\[0, 1\\]");
  }

  @Test
  void agentsHandedTheStateSeeItsHistory() {
    TestAgentProviders.HistoryReader.LONGEST_HISTORY.set(0);
    PlayResult result = new EpisodeRunner(kuhn, List.of("random", "evaluation_test_history_reader"), 2)
        .run(500, JobContext.sequential());

    assertThat(result.episodes()).isEqualTo(500);
    // player 1 always passes or folds, so it moves once, after the two deals and player 0's move
    assertThat(TestAgentProviders.HistoryReader.LONGEST_HISTORY).hasValue(3);
  }

  @Test
  void agentCountMustMatchPlayers() {
    assertThatThrownBy(() -> new EpisodeRunner(pennies, List.of("random"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 2 players but 1 agents");
    assertThatThrownBy(() -> new EpisodeRunner(pennies, List.of("random", "random"), 0).run(0, JobContext.sequential()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("episodes must be >= 1, got 0");
  }
}
