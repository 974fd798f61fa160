package org.agora.solvers.cfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.GameRegistry;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.agora.solvers.tree.IterativeSolver;
import org.junit.jupiter.api.Test;

/** {@link Convergence#run} polls its cancellation flag between steps and stops at the next one. */
class ConvergenceCancellationTest {

  @Test
  void aFlagSetDuringARunStopsItBeforeTheNextStep() {
    GameTree kuhn = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"));
    Cancellation cancellation = Cancellation.create();
    try (IterativeSolver solver = new CfrSolver(kuhn)) {
      assertThatThrownBy(() -> Convergence.run(solver, 1_000_000, 10, (iteration, value, seconds) -> {
        if (iteration == 30) {
          cancellation.cancel();
        }
      }, cancellation)).isInstanceOf(JobCancelledException.class);
      assertThat(solver.iterations()).isEqualTo(30);
    }
  }

  @Test
  void withoutAFlagTheRunIsUnchanged() {
    GameTree kuhn = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"));
    try (IterativeSolver first = new CfrSolver(kuhn); IterativeSolver second = new CfrSolver(kuhn)) {
      Convergence.Curve plain = Convergence.run(first, 50, 10);
      Convergence.Curve flagged = Convergence.run(second, 50, 10, null, Cancellation.create());
      assertThat(flagged.values()).containsExactly(plain.values());
    }
  }
}
