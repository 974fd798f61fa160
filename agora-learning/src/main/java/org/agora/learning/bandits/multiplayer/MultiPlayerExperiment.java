package org.agora.learning.bandits.multiplayer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.job.Cancellation;
import org.agora.core.job.ProgressListener;
import org.agora.learning.bandits.ParallelRuns;

/**
 * Runs every multi-player policy on one problem for a number of repetitions, on a given number of
 * threads, with the same numbers for any thread count (the pattern of {@link
 * org.agora.learning.bandits.BanditExperiment}): task seeds are drawn in task order from one {@link
 * SplittableRandom} before any task starts, and results are placed by task index. Task i is policy
 * {@code i / seeds}, repetition {@code i mod seeds}. Each result's seed reproduces it alone through
 * {@link MultiPlayerSimulation#run(String, MultiPlayerProblem, long, long)}.
 *
 * <p>SMPyBandits' default multi-player experiment (K = 9 Bernoulli arms with means 0.1, ..., 0.9, M = 6,
 * T = 10,000, 100 repetitions) is {@code new MultiPlayerExperiment(policies,
 * "bernoulli(0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9)", 6, "sensing", 10_000, 100, seed)}.
 *
 * @param policies multi-player policy strings
 * @param arms the arms' problem string, e.g. {@code bernoulli(0.1,0.9)}
 * @param players M
 * @param collision the collision model's name
 * @param horizon rounds per run
 * @param seeds repetitions per policy
 * @param seed the experiment's seed
 */
public record MultiPlayerExperiment(List<String> policies, String arms, int players, String collision, long horizon,
    int seeds, long seed) {

  public MultiPlayerExperiment {
    policies = List.copyOf(policies);
    if (policies.isEmpty() || seeds < 1 || horizon < 1) {
      throw new IllegalArgumentException("need at least one policy, one repetition and one round");
    }
  }

  /** The number of runs. */
  public int taskCount() {
    return policies.size() * seeds;
  }

  /** The seed of each task, in task order. */
  public long[] taskSeeds() {
    return ParallelRuns.taskSeeds(seed, taskCount());
  }

  /** Runs on {@code threads} threads without progress reports. */
  public List<MultiPlayerRun> run(int threads) {
    return run(threads, ProgressListener.NONE, Cancellation.never());
  }

  /**
   * Runs every task; the problem and every policy string are validated before any run starts.
   *
   * @param threads worker threads, at least 1
   * @param progress told the number of finished runs out of {@link #taskCount()}
   * @param cancellation polled between runs
   * @throws org.agora.core.GameSpecException for a bad string
   * @throws org.agora.core.job.JobCancelledException when cancelled
   */
  public List<MultiPlayerRun> run(int threads, ProgressListener progress, Cancellation cancellation) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    MultiPlayerProblem problem = MultiPlayerProblem.of(arms, players, collision);
    for (String policy : policies) {
      MultiPlayerRegistry.createPolicy(policy, problem, horizon, new SplittableRandom(0));
    }
    long[] taskSeeds = taskSeeds();
    return ParallelRuns.run(taskSeeds.length, threads, "multi-player-experiment", progress, cancellation,
        task -> MultiPlayerSimulation.run(policies.get(task / seeds), problem, horizon, taskSeeds[task]));
  }

  /**
   * The mean final regret of each policy over its repetitions, in the order of {@link #policies()}.
   *
   * @param runs the result of {@link #run}
   */
  public double[] meanFinalRegrets(List<MultiPlayerRun> runs) {
    double[] means = new double[policies.size()];
    for (int i = 0; i < runs.size(); i++) {
      means[i / seeds] += runs.get(i).finalRegret() / seeds;
    }
    return means;
  }
}
