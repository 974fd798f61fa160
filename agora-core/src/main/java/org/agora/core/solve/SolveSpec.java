package org.agora.core.solve;

import java.util.Objects;
import org.agora.core.job.JobSpec;

/**
 * The specification of a {@code solve} job: which game, which solver with which options, and the
 * job-level limits on the solver's input and work.
 *
 * @param game a game string, e.g. {@code kuhn_poker}
 * @param solver a solver string, e.g. {@code cfr+(iterations=1000,threads=2)}
 * @param limits the limits on the game's size and the solver's work ({@link SolveLimits})
 */
public record SolveSpec(String game, String solver, SolveLimits limits) implements JobSpec {

  private static final long serialVersionUID = 2L;

  /** The job kind. */
  public static final String KIND = "solve";

  public SolveSpec {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(limits, "limits");
  }

  /** The given profile and node limits and the default work limits. */
  public SolveSpec(String game, String solver, long maxProfiles, long maxNodes) {
    this(game, solver, new SolveLimits(maxProfiles, maxNodes));
  }

  /** A specification with the default limits. */
  public static SolveSpec of(String game, String solver) {
    return new SolveSpec(game, solver, SolveLimits.defaults());
  }

  @Override
  public String kind() {
    return KIND;
  }
}
