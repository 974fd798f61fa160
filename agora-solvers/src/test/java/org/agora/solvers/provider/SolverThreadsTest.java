package org.agora.solvers.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.GameRegistry;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobContext;
import org.agora.core.job.JobRegistry;
import org.agora.core.solve.SolveSpec;
import org.agora.solvers.cfr.CfrOptions;
import org.agora.solvers.cfr.CfrPlusSolver;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.agora.solvers.tree.IterativeSolver;
import org.junit.jupiter.api.Test;

/** Closing a multi-threaded CFR solver, directly or at the end of a solve job, ends its worker threads. */
class SolverThreadsTest {

  private static long privatePoolWorkers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread instanceof ForkJoinWorkerThread worker && worker.isAlive()
            && !worker.getName().startsWith("ForkJoinPool.commonPool"))
        .count();
  }

  @Test
  void closeShutsTheCfrPool() {
    long before = privatePoolWorkers();
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("leduc_poker"));
    IterativeSolver solver = new CfrPlusSolver(tree, CfrOptions.defaults().withThreads(3).withGrain(64));
    solver.iterate(3);
    assertThat(privatePoolWorkers()).isGreaterThan(before);
    solver.close();
    assertThat(privatePoolWorkers()).isEqualTo(before);
  }

  @Test
  void aSolveJobClosesItsSolver() {
    long before = privatePoolWorkers();
    AtomicLong during = new AtomicLong();
    JobContext context = JobContext.sequential((done, total) -> during.set(privatePoolWorkers()), Cancellation.never());
    JobRegistry.run(SolveSpec.of("liars_dice", "cfr+(iterations=2,sample_every=1,threads=3)"), context);
    assertThat(during.get()).isGreaterThan(before);
    assertThat(privatePoolWorkers()).isEqualTo(before);
  }
}
