package org.agora.learning.bandits.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.job.Job;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.learning.bandits.BanditExperiment;
import org.agora.learning.bandits.BanditProblem;
import org.agora.learning.bandits.BanditRegistry;
import org.agora.learning.bandits.BanditRun;
import org.agora.learning.bandits.BanditSimulation;

/**
 * The {@code bandit} job: runs a {@link BanditExperimentSpec} and summarises each (policy, problem)
 * over its seeds ({@link RegretStatistics}). The runs are {@link BanditExperiment}'s tasks with its
 * task seeds and task order, so the curves are exactly those of {@link BanditExperiment#run(int)}; they
 * run as up to {@code context.parallelism()} tasks on the context's executor (none is created here),
 * each taking the next run index until none is left, and every result is placed by its index, so the
 * numbers do not depend on the thread count. Progress counts finished runs out of {@code policies x
 * problems x seeds}; cancellation is polled before each run (a single run is not interrupted).
 */
public final class BanditExperimentJob implements Job<BanditExperimentSpec, BanditExperimentResult> {

  @Override
  public String kind() {
    return BanditExperimentSpec.KIND;
  }

  @Override
  public Class<BanditExperimentSpec> specType() {
    return BanditExperimentSpec.class;
  }

  @Override
  public BanditExperimentResult run(BanditExperimentSpec spec, JobContext context) {
    long start = System.nanoTime();
    List<BanditProblem> problems = new ArrayList<>(spec.problems().size());
    for (String problem : spec.problems()) {
      problems.add(BanditRegistry.createProblem(problem));
    }
    long[] taskSeeds = spec.experiment().taskSeeds();
    int total = taskSeeds.length;
    double[][] curves = new double[total][];
    long[] nanos = new long[total];
    long[][] grid = new long[1][];
    AtomicInteger next = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    int seeds = spec.seeds();
    int problemCount = problems.size();
    Runnable worker = () -> {
      try {
        for (int task = next.getAndIncrement(); task < total; task = next.getAndIncrement()) {
          context.cancellation().throwIfCancelled();
          long runStart = System.nanoTime();
          BanditRun run = BanditSimulation.run(spec.policies().get(task / (problemCount * seeds)),
              problems.get((task / seeds) % problemCount), spec.horizon(), taskSeeds[task]);
          nanos[task] = System.nanoTime() - runStart;
          curves[task] = run.regret();
          if (task == 0) {
            grid[0] = run.rounds();
          }
          context.progress().progress(done.incrementAndGet(), total);
        }
      } catch (RuntimeException | Error failure) {
        next.set(total); // the other workers stop after their current run
        throw failure;
      }
    };
    runWorkers(worker, Math.min(context.parallelism(), total), context, () -> next.set(total));
    List<RegretSummary> summaries = new ArrayList<>(spec.policies().size() * problemCount);
    for (int cell = 0; cell < spec.policies().size() * problemCount; cell++) {
      double[][] cellCurves = new double[seeds][];
      long cellNanos = 0;
      for (int seed = 0; seed < seeds; seed++) {
        cellCurves[seed] = curves[cell * seeds + seed];
        cellNanos += nanos[cell * seeds + seed];
      }
      summaries.add(RegretStatistics.summarise(spec.policies().get(cell / problemCount),
          spec.problems().get(cell % problemCount), grid[0], cellCurves, cellNanos));
    }
    return new BanditExperimentResult(spec, summaries, System.nanoTime() - start);
  }

  /**
   * Runs {@code worker} as {@code workers} tasks, on the calling thread when there is one, and rethrows the first
   * failure; {@code stop} makes the workers finish after their current run when the waiting thread is interrupted.
   */
  private static void runWorkers(Runnable worker, int workers, JobContext context, Runnable stop) {
    if (workers <= 1) {
      worker.run();
      return;
    }
    List<FutureTask<Void>> tasks = new ArrayList<>(workers);
    for (int i = 0; i < workers; i++) {
      FutureTask<Void> task = new FutureTask<>(worker, null);
      tasks.add(task);
      context.executor().execute(task);
    }
    RuntimeException failure = null;
    for (FutureTask<Void> task : tasks) {
      try {
        task.get();
      } catch (InterruptedException interrupted) {
        stop.run();
        Thread.currentThread().interrupt();
        throw new JobCancelledException();
      } catch (ExecutionException execution) {
        Throwable cause = execution.getCause();
        if (cause instanceof Error error) {
          throw error;
        }
        RuntimeException runtime = cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        // a real failure wins over a cancellation seen by another worker
        if (failure == null || failure instanceof JobCancelledException) {
          failure = runtime;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
