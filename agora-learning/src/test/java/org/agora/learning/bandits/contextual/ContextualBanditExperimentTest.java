package org.agora.learning.bandits.contextual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.core.GameSpecException;
import org.agora.core.job.Cancellation;
import org.agora.core.job.ProgressListener;
import org.agora.learning.bandits.BanditRun;
import org.junit.jupiter.api.Test;

class ContextualBanditExperimentTest {

  private static final ContextualBanditExperiment EXPERIMENT = new ContextualBanditExperiment(
      List.of("linucb", "lin-ts", "ucb1"), List.of("linear(arms=3,dimension=4)", "logistic(arms=2,dimension=3)"),
      500, 3, 17);

  @Test
  void sameNumbersOnOneAndThreeThreadsAndEachRunReproducesAlone() {
    List<BanditRun> one = EXPERIMENT.run(1, ProgressListener.NONE, Cancellation.never());
    List<BanditRun> three = EXPERIMENT.run(3, ProgressListener.NONE, Cancellation.never());
    assertThat(one).hasSize(18);
    for (int i = 0; i < one.size(); i++) {
      assertThat(three.get(i).regret()).containsExactly(one.get(i).regret());
      assertThat(three.get(i).seed()).isEqualTo(one.get(i).seed());
    }
    BanditRun run = one.get(7); // task 7: policy 7 / 6 = 1 (lin-ts), problem (7 / 3) % 2 = 0, seed index 1
    assertThat(run.policy()).startsWith("lin-ts");
    assertThat(run.problem()).startsWith("linear(");
    BanditRun alone = ContextualBanditSimulation.run("lin-ts", "linear(arms=3,dimension=4)", 500, run.seed());
    assertThat(alone.regret()).containsExactly(run.regret());
  }

  @Test
  void badStringsAreRefusedBeforeAnyRun() {
    ContextualBanditExperiment bad = new ContextualBanditExperiment(List.of("linucb", "nope"),
        List.of("linear"), 10, 1, 1);
    assertThatThrownBy(() -> bad.run(2, ProgressListener.NONE, Cancellation.never()))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("unknown contextual bandit policy 'nope'");
  }
}
