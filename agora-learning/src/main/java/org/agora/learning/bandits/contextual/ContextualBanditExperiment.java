package org.agora.learning.bandits.contextual;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.job.Cancellation;
import org.agora.core.job.ProgressListener;
import org.agora.learning.bandits.BanditExperiment;
import org.agora.learning.bandits.BanditRun;
import org.agora.learning.bandits.ParallelRuns;

/**
 * The contextual counterpart of {@link BanditExperiment}: every contextual policy on every contextual
 * problem for a number of seeds, on a given number of threads, with the same numbers for any thread
 * count. Task seeds are split in task order from one {@link SplittableRandom} before any task starts,
 * exactly as {@link BanditExperiment#taskSeeds()} does, results are placed by task index (task i is
 * policy {@code i / (P S)}, problem {@code (i / S) mod P}, seed index {@code i mod S}), and each
 * result's seed reproduces it alone through {@link ContextualBanditSimulation#run(String, String, long,
 * long)}.
 *
 * @param policies contextual policy strings (or bandit policy strings, played context-blind)
 * @param problems contextual problem strings
 * @param horizon rounds per run
 * @param seeds runs per (policy, problem)
 * @param seed the experiment's seed
 */
public record ContextualBanditExperiment(List<String> policies, List<String> problems, long horizon, int seeds,
    long seed) {

  public ContextualBanditExperiment {
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

  /** The seed of each task, in task order (the same as a {@link BanditExperiment} of the same shape). */
  public long[] taskSeeds() {
    return new BanditExperiment(policies, problems, horizon, seeds, seed).taskSeeds();
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
    List<ContextualBanditProblem> bandits = new ArrayList<>(problems.size());
    for (String problem : problems) {
      ContextualBanditProblem bandit = ContextualBanditRegistry.createProblem(problem);
      bandits.add(bandit);
      for (String policy : policies) {
        ContextualBanditRegistry.createPolicy(policy,
            new ContextualSetting(bandit.armCount(), bandit.dimension(), horizon), new SplittableRandom(0));
      }
    }
    long[] taskSeeds = taskSeeds();
    return ParallelRuns.run(taskSeeds.length, threads, "contextual-bandit-experiment", progress, cancellation,
        task -> {
          String policy = policies.get(task / (problems.size() * seeds));
          ContextualBanditProblem problem = bandits.get((task / seeds) % problems.size());
          return ContextualBanditSimulation.run(policy, problem, horizon, taskSeeds[task]);
        });
  }
}
