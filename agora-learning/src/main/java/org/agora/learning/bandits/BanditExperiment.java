package org.agora.learning.bandits;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.job.Cancellation;
import org.agora.core.job.ProgressListener;

/**
 * Runs every policy on every problem for a number of seeds, on a given number of threads, with the
 * same numbers for any thread count: the task seeds are drawn in task order from one {@link
 * SplittableRandom} before any task starts (one split per (policy, problem, seed) task), and results
 * are placed by task index. Task i is policy {@code i / (P S)}, problem {@code (i / S) mod P}, seed
 * index {@code i mod S}. Each problem is created once and shared by its tasks. Each result's {@link BanditRun#seed()} reproduces it alone through {@link
 * BanditSimulation#run(String, String, long, long)}.
 *
 * @param policies policy strings
 * @param problems problem strings
 * @param horizon rounds per run
 * @param seeds runs per (policy, problem)
 * @param seed the experiment's seed
 */
public record BanditExperiment(List<String> policies, List<String> problems, long horizon, int seeds, long seed) {

  public BanditExperiment {
    policies = List.copyOf(policies);
    problems = List.copyOf(problems);
    if (policies.isEmpty() || problems.isEmpty() || seeds < 1 || horizon < 1) {
      throw new IllegalArgumentException("need at least one policy, one problem, one seed and one round");
    }
  }

  /** The number of runs. */
  public int taskCount() {
    return policies.size() * problems.size() * seeds;
  }

  /** The seed of each task, in task order. */
  public long[] taskSeeds() {
    return ParallelRuns.taskSeeds(seed, taskCount());
  }

  /** Runs on {@code threads} threads without progress reports. */
  public List<BanditRun> run(int threads) {
    return run(threads, ProgressListener.NONE, Cancellation.never());
  }

  /**
   * Runs every task; the strings are validated before any run starts.
   *
   * @param threads worker threads, at least 1
   * @param progress told the number of finished runs out of {@link #taskCount()}
   * @param cancellation polled between runs
   * @throws org.agora.core.GameSpecException for a bad policy or problem string
   * @throws org.agora.core.job.JobCancelledException when cancelled
   */
  public List<BanditRun> run(int threads, ProgressListener progress, Cancellation cancellation) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    List<BanditProblem> bandits = new ArrayList<>(problems.size());
    for (String problem : problems) {
      BanditProblem bandit = BanditRegistry.createProblem(problem);
      bandits.add(bandit);
      for (String policy : policies) {
        BanditRegistry.createPolicy(policy, new BanditSetting(bandit.armCount(), horizon), new SplittableRandom(0));
      }
    }
    long[] taskSeeds = taskSeeds();
    return ParallelRuns.run(taskSeeds.length, threads, "bandit-experiment", progress, cancellation, task -> {
      String policy = policies.get(task / (problems.size() * seeds));
      BanditProblem problem = bandits.get((task / seeds) % problems.size());
      return BanditSimulation.run(policy, problem, horizon, taskSeeds[task]);
    });
  }
}
