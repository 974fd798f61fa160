package org.agora.core.solve;

import java.util.Objects;
import org.agora.core.job.JobSpec;

/**
 * The specification of a {@code solve} job: which game, which solver with which options, and the
 * job-level limits on the solver's input.
 *
 * @param game a game string, e.g. {@code kuhn_poker}
 * @param solver a solver string, e.g. {@code cfr+(iterations=1000,threads=2)}
 * @param maxProfiles largest reduced normal form of an extensive game ({@link SolveLimits#maxProfiles()})
 * @param maxNodes largest compiled tree ({@link SolveLimits#maxNodes()})
 */
public record SolveSpec(String game, String solver, long maxProfiles, long maxNodes) implements JobSpec {

  private static final long serialVersionUID = 1L;

  /** The job kind. */
  public static final String KIND = "solve";

  public SolveSpec {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(solver, "solver");
    limits(maxProfiles, maxNodes);
  }

  /** A specification with the default limits. */
  public static SolveSpec of(String game, String solver) {
    return new SolveSpec(game, solver, SolveLimits.DEFAULT_MAX_PROFILES, SolveLimits.DEFAULT_MAX_NODES);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** The limits as a {@link SolveLimits}. */
  public SolveLimits limits() {
    return limits(maxProfiles, maxNodes);
  }

  private static SolveLimits limits(long maxProfiles, long maxNodes) {
    return new SolveLimits(maxProfiles, maxNodes);
  }
}
