package org.agora.learning.bandits.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.agora.core.job.JobSpec;
import org.agora.learning.bandits.BanditExperiment;
import org.agora.learning.bandits.BanditProblem;
import org.agora.learning.bandits.BanditRegistry;
import org.agora.learning.bandits.BanditSetting;
import org.agora.learning.bandits.BanditSimulation;
import org.agora.learning.bandits.LogGrid;

/**
 * The specification of a {@code bandit} job ({@link BanditExperimentJob}): every policy on every
 * problem for {@code seeds} runs of {@code horizon} rounds, seeded as {@link BanditExperiment} seeds
 * them, so the same specification gives the same numbers on any number of threads. The strings are
 * checked when the specification is made (a bad one throws {@link org.agora.core.GameSpecException}
 * naming it and what is allowed).
 *
 * <p>Single-player only for now; multi-player and contextual experiments are meant to become further
 * fields (players, collision model, contexts) of this record or sibling kinds, leaving these as they are.
 *
 * @param policies policy strings, e.g. {@code ucb1}, {@code kl-ucb(c=0)}; at least one, no duplicates
 * @param problems problem strings, e.g. {@code bernoulli(0.1,0.5,0.9)}; at least one, no duplicates
 * @param horizon rounds per run, in {@code [1, MAX_HORIZON]}
 * @param seeds runs per (policy, problem), in {@code [1, MAX_SEEDS]}
 * @param seed the experiment's seed
 * @param threads the worker threads the runner is asked for, at least 1; the numbers do not depend on it
 */
public record BanditExperimentSpec(List<String> policies, List<String> problems, long horizon, int seeds, long seed,
    int threads) implements JobSpec {

  private static final long serialVersionUID = 1L;

  /** The job kind. */
  public static final String KIND = "bandit";

  /** Most rounds per run (10^12: about six hours of UCB1 at 50M pulls a second). */
  public static final long MAX_HORIZON = 1_000_000_000_000L;

  /** Most seeds per (policy, problem). */
  public static final int MAX_SEEDS = 1_000_000;

  /** Most regret values kept in memory (runs x grid points, 2^26 doubles: 512 MiB). */
  public static final long MAX_CURVE_VALUES = 1L << 26;

  public BanditExperimentSpec {
    policies = copy("policy", policies);
    problems = copy("problem", problems);
    if (horizon < 1 || horizon > MAX_HORIZON) {
      throw new IllegalArgumentException("the horizon must be in [1, " + MAX_HORIZON + "], got " + horizon);
    }
    if (seeds < 1 || seeds > MAX_SEEDS) {
      throw new IllegalArgumentException("the number of seeds must be in [1, " + MAX_SEEDS + "], got " + seeds);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    long runs = (long) policies.size() * problems.size() * seeds;
    long values = runs * LogGrid.rounds(horizon, BanditSimulation.POINTS_PER_DECADE).length;
    if (runs > Integer.MAX_VALUE || values > MAX_CURVE_VALUES) {
      throw new IllegalArgumentException(policies.size() + " policies x " + problems.size() + " problems x " + seeds
          + " seeds would keep " + values + " regret values, more than " + MAX_CURVE_VALUES
          + "; use fewer seeds, policies or problems");
    }
    for (String problem : problems) {
      BanditProblem bandit = BanditRegistry.createProblem(problem);
      for (String policy : policies) {
        BanditRegistry.createPolicy(policy, new BanditSetting(bandit.armCount(), horizon), new SplittableRandom(0));
      }
    }
  }

  private static List<String> copy(String what, List<String> strings) {
    Objects.requireNonNull(strings, what + " strings");
    List<String> copy = new ArrayList<>(strings.size());
    for (String text : strings) {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("a " + what + " string is empty");
      }
      String stripped = text.strip();
      if (copy.contains(stripped)) {
        throw new IllegalArgumentException("the " + what + " '" + stripped + "' is given twice");
      }
      copy.add(stripped);
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("an experiment needs at least one " + what);
    }
    return Collections.unmodifiableList(copy);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** The number of runs: policies x problems x seeds. */
  public int runCount() {
    return policies.size() * problems.size() * seeds;
  }

  /** The part-1 experiment with the same policies, problems, horizon, seeds and seed (the same task seeds). */
  public BanditExperiment experiment() {
    return new BanditExperiment(policies, problems, horizon, seeds, seed);
  }
}
