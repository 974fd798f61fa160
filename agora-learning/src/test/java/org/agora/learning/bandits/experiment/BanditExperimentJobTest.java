package org.agora.learning.bandits.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.GameSpecException;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.JobRegistry;
import org.agora.core.job.ProgressListener;
import org.agora.learning.bandits.BanditRun;
import org.junit.jupiter.api.Test;

/** The {@code bandit} job: the same runs as the part-1 experiment, any thread count, registered, serialisable. */
class BanditExperimentJobTest {

  private static final BanditExperimentSpec SPEC = new BanditExperimentSpec(List.of("ucb1", "thompson"),
      List.of("bernoulli(0.1,0.5,0.9)", "bernoulli(0.4,0.6)"), 2_000, 7, 42, 1);

  @Test
  void summariesAreThoseOfThePartOneExperimentsRuns() {
    BanditExperimentResult result = new BanditExperimentJob().run(SPEC, JobContext.sequential());
    List<BanditRun> runs = SPEC.experiment().run(2);
    assertThat(result.summaries()).hasSize(4);
    for (int policy = 0; policy < 2; policy++) {
      for (int problem = 0; problem < 2; problem++) {
        RegretSummary summary = result.summary(policy, problem);
        assertThat(summary.policy()).isEqualTo(SPEC.policies().get(policy));
        assertThat(summary.problem()).isEqualTo(SPEC.problems().get(problem));
        double[] finals = new double[7];
        int first = (policy * 2 + problem) * 7;
        for (int seed = 0; seed < 7; seed++) {
          finals[seed] = runs.get(first + seed).finalRegret();
          assertThat(runs.get(first + seed).rounds()).isEqualTo(summary.rounds());
        }
        assertThat(summary.finalMean()).isEqualTo(RegretStatistics.mean(finals));
        assertThat(summary.mean()[summary.mean().length - 1]).isEqualTo(summary.finalMean());
        assertThat(summary.finalMin()).isEqualTo(java.util.Arrays.stream(finals).min().orElseThrow());
        assertThat(summary.finalMax()).isEqualTo(java.util.Arrays.stream(finals).max().orElseThrow());
        assertThat(summary.horizon()).isEqualTo(2_000);
        for (int point = 0; point < summary.rounds().length; point++) {
          assertThat(summary.quantile10()[point]).isLessThanOrEqualTo(summary.quantile90()[point]);
          assertThat(summary.lower95()[point]).isLessThanOrEqualTo(summary.mean()[point]);
          assertThat(summary.upper95()[point]).isGreaterThanOrEqualTo(summary.mean()[point]);
        }
      }
    }
  }

  @Test
  void oneAndThreeThreadsGiveTheSameNumbersAndReportEveryRun() {
    BanditExperimentResult one = new BanditExperimentJob().run(SPEC, JobContext.sequential());
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicLong last = new AtomicLong();
    ProgressListener progress = (done, total) -> {
      last.accumulateAndGet(done, Math::max);
      assertThat(total).isEqualTo(28);
    };
    try {
      BanditExperimentResult three = new BanditExperimentJob().run(SPEC,
          new JobContext(progress, Cancellation.never(), pool, 3));
      for (int cell = 0; cell < 4; cell++) {
        RegretSummary a = one.summaries().get(cell);
        RegretSummary b = three.summaries().get(cell);
        assertThat(b.mean()).isEqualTo(a.mean());
        assertThat(b.quantile10()).isEqualTo(a.quantile10());
        assertThat(b.quantile90()).isEqualTo(a.quantile90());
        assertThat(b.standardError()).isEqualTo(a.standardError());
        assertThat(b.finalStandardDeviation()).isEqualTo(a.finalStandardDeviation());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(last.get()).isEqualTo(28);
  }

  @Test
  void theJobIsRegisteredAndItsSpecificationSerialises() throws IOException, ClassNotFoundException {
    assertThat(JobRegistry.find("bandit")).isInstanceOf(BanditExperimentJob.class);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(SPEC);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(SPEC);
    }
    assertThat(JobRegistry.run(new BanditExperimentSpec(List.of("ucb1"), List.of("bernoulli(0.5,0.6)"), 10, 1, 0, 1),
        JobContext.sequential())).isInstanceOf(BanditExperimentResult.class);
  }

  @Test
  void aCancelledJobStopsBeforeItsRuns() {
    Cancellation cancellation = Cancellation.create();
    cancellation.cancel();
    List<Long> reported = new ArrayList<>();
    assertThatThrownBy(() -> new BanditExperimentJob().run(SPEC,
        JobContext.sequential((done, total) -> reported.add(done), cancellation)))
        .isInstanceOf(JobCancelledException.class);
    assertThat(reported).isEmpty();
  }

  @Test
  void badSpecificationsAreRefusedWithWhatIsAllowed() {
    assertThatThrownBy(() -> new BanditExperimentSpec(List.of("ucb2"), List.of("bernoulli(0.5)"), 10, 1, 0, 1))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("unknown bandit policy 'ucb2'")
        .hasMessageContaining("kl-ucb");
    assertThatThrownBy(() -> new BanditExperimentSpec(List.of("ucb1"), List.of("bernoulli(0.5)"), 0, 1, 0, 1))
        .hasMessage("the horizon must be in [1, 1000000000000], got 0");
    assertThatThrownBy(() -> new BanditExperimentSpec(List.of("ucb1", "ucb1"), List.of("bernoulli(0.5)"), 10, 1, 0, 1))
        .hasMessage("the policy 'ucb1' is given twice");
    assertThatThrownBy(() -> new BanditExperimentSpec(List.of("ucb1"), List.of("bernoulli(0.5)"), 10, 0, 0, 1))
        .hasMessageContaining("seeds must be in [1, 1000000]");
    // 10^6 seeds x 2 policies x 241 grid points (horizon 10^12) is more than 2^26 values
    assertThatThrownBy(() -> new BanditExperimentSpec(List.of("ucb1", "moss"), List.of("bernoulli(0.5)"),
        1_000_000_000_000L, 1_000_000, 0, 1)).hasMessageContaining("use fewer seeds");
  }

  /** Closed forms: the mean, the n-1 standard deviation and Hyndman-Fan type-7 quantiles of small samples. */
  @Test
  void statisticsMatchClosedForms() {
    // 1..5: h = 4p; p = 0.1 -> 1 + 0.4 = 1.4, p = 0.9 -> 4 + 0.6 = 4.6, p = 0.5 -> 3
    double[] values = {5, 3, 1, 4, 2};
    assertThat(RegretStatistics.quantile(values, 0.1)).isCloseTo(1.4, within(1e-12));
    assertThat(RegretStatistics.quantile(values, 0.9)).isCloseTo(4.6, within(1e-12));
    assertThat(RegretStatistics.quantile(values, 0.5)).isEqualTo(3);
    assertThat(RegretStatistics.quantile(values, 1)).isEqualTo(5);
    assertThat(values).containsExactly(5, 3, 1, 4, 2);
    // curves {0,1},{0,2},{0,3},{0,4}: final mean 2.5, sd sqrt(5/3), SE sqrt(5/3)/2
    double[][] curves = {{0, 1}, {0, 2}, {0, 3}, {0, 4}};
    RegretSummary summary = RegretStatistics.summarise("p", "q", new long[] {1, 2}, curves, 5);
    assertThat(summary.finalMean()).isEqualTo(2.5);
    assertThat(summary.finalStandardDeviation()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
    assertThat(summary.standardError()[1]).isCloseTo(Math.sqrt(5.0 / 3) / 2, within(1e-12));
    assertThat(summary.upper95()[1]).isCloseTo(2.5 + 1.96 * Math.sqrt(5.0 / 3) / 2, within(1e-12));
    assertThat(summary.finalHalfWidth()).isCloseTo(1.96 * Math.sqrt(5.0 / 3) / 2, within(1e-12));
    // 1..4: h = 3p; p = 0.1 -> 1.3, p = 0.9 -> 3.7
    assertThat(summary.quantile10()[1]).isCloseTo(1.3, within(1e-12));
    assertThat(summary.quantile90()[1]).isCloseTo(3.7, within(1e-12));
    assertThat(summary.standardError()[0]).isZero();
    assertThat(RegretStatistics.summarise("p", "q", new long[] {1}, new double[][] {{7}}, 0).finalStandardDeviation())
        .isZero();
  }
}
