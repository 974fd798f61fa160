package org.agora.learning.bandits.experiment;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.job.Job;
import org.agora.core.job.JobContext;
import org.agora.learning.bandits.BanditExperiment;
import org.agora.learning.bandits.BanditProblem;
import org.agora.learning.bandits.BanditRegistry;
import org.agora.learning.bandits.BanditRun;
import org.agora.learning.bandits.BanditSimulation;
import org.agora.learning.bandits.ParallelRuns;

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
    long[] nanos = new long[total];
    int seeds = spec.seeds();
    int problemCount = problems.size();
    List<BanditRun> runs = ParallelRuns.run(context, total, task -> {
      long runStart = System.nanoTime();
      BanditRun run = BanditSimulation.run(spec.policies().get(task / (problemCount * seeds)),
          problems.get((task / seeds) % problemCount), spec.horizon(), taskSeeds[task]);
      nanos[task] = System.nanoTime() - runStart;
      return run;
    });
    long[] grid = runs.get(0).rounds();
    List<RegretSummary> summaries = new ArrayList<>(spec.policies().size() * problemCount);
    for (int cell = 0; cell < spec.policies().size() * problemCount; cell++) {
      double[][] cellCurves = new double[seeds][];
      long cellNanos = 0;
      for (int seed = 0; seed < seeds; seed++) {
        cellCurves[seed] = runs.get(cell * seeds + seed).regret();
        cellNanos += nanos[cell * seeds + seed];
      }
      summaries.add(RegretStatistics.summarise(spec.policies().get(cell / problemCount),
          spec.problems().get(cell % problemCount), grid, cellCurves, cellNanos));
    }
    return new BanditExperimentResult(spec, summaries, System.nanoTime() - start);
  }
}
