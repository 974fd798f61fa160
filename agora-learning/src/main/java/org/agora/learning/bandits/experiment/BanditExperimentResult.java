package org.agora.learning.bandits.experiment;

import java.util.List;

/**
 * The result of a {@code bandit} job: one {@link RegretSummary} per (policy, problem), policy-major
 * (all problems of the first policy, then of the second, ...), as the specification lists them.
 *
 * @param spec the specification that was run
 * @param summaries the cells, {@code policies x problems} of them
 * @param nanos the job's wall-clock time (not deterministic)
 */
public record BanditExperimentResult(BanditExperimentSpec spec, List<RegretSummary> summaries, long nanos) {

  public BanditExperimentResult {
    summaries = List.copyOf(summaries);
    if (summaries.size() != spec.policies().size() * spec.problems().size()) {
      throw new IllegalArgumentException("expected " + spec.policies().size() * spec.problems().size()
          + " summaries, got " + summaries.size());
    }
  }

  /** The summary of policy {@code policy} (index in the specification) on problem {@code problem}. */
  public RegretSummary summary(int policy, int problem) {
    return summaries.get(policy * spec.problems().size() + problem);
  }
}
