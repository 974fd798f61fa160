package org.agora.learning.bandits.multiplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.GameSpecException;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.junit.jupiter.api.Test;

/** The runner the CLI calls: progress, cancellation, validation before any run, and per-policy means. */
class MultiPlayerExperimentTest {

  private static final String ARMS = "bernoulli(0.2,0.5,0.8)";

  @Test
  void reportsEveryFinishedRunAndAveragesPerPolicy() {
    MultiPlayerExperiment experiment = new MultiPlayerExperiment(List.of("oracle", "rhorand"), ARMS, 2, "sensing", 500, 4, 1);
    AtomicLong last = new AtomicLong();
    List<MultiPlayerRun> runs = experiment.run(2, (done, total) -> {
      assertThat(total).isEqualTo(8);
      last.accumulateAndGet(done, Math::max);
    }, Cancellation.never());
    assertThat(last.get()).isEqualTo(8);
    double[] means = experiment.meanFinalRegrets(runs);
    assertThat(means[0]).isZero();
    double rhoRand = 0;
    for (int i = 4; i < 8; i++) {
      assertThat(runs.get(i).policy()).isEqualTo("rhorand(index=kl-ucb)");
      rhoRand += runs.get(i).finalRegret() / 4;
    }
    assertThat(means[1]).isEqualTo(rhoRand);
  }

  @Test
  void aCancelledExperimentStops() {
    Cancellation cancellation = Cancellation.create();
    cancellation.cancel();
    MultiPlayerExperiment experiment = new MultiPlayerExperiment(List.of("mctopm"), ARMS, 2, "sensing", 500, 3, 1);
    assertThatThrownBy(() -> experiment.run(1, (done, total) -> { }, cancellation))
        .isInstanceOf(JobCancelledException.class);
  }

  @Test
  void badStringsAreRefusedBeforeAnyRun() {
    AtomicLong reports = new AtomicLong();
    MultiPlayerExperiment experiment = new MultiPlayerExperiment(List.of("mctopm", "nope"), ARMS, 2, "sensing", 500, 3, 1);
    assertThatThrownBy(() -> experiment.run(2, (done, total) -> reports.incrementAndGet(), Cancellation.never()))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("unknown multi-player policy 'nope'");
    assertThat(reports.get()).isZero();
  }
}
