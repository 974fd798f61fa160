package org.agora.core.solve;

/**
 * Size limits on the input a solver is given, set by the job rather than the solver.
 *
 * @param maxProfiles largest reduced normal form of an extensive game (pure profiles)
 * @param maxNodes largest game tree that is compiled
 */
public record SolveLimits(long maxProfiles, long maxNodes) {

  /** Default largest reduced normal form, as in {@code agora solve --max-profiles}. */
  public static final long DEFAULT_MAX_PROFILES = 100_000L;
  /** Default largest compiled tree, as in {@code agora solve --max-nodes}. */
  public static final long DEFAULT_MAX_NODES = 20_000_000L;

  public SolveLimits {
    if (maxProfiles < 1) {
      throw new IllegalArgumentException("max_profiles must be >= 1, got " + maxProfiles);
    }
    if (maxNodes < 1) {
      throw new IllegalArgumentException("max_nodes must be >= 1, got " + maxNodes);
    }
  }

  /** The default limits. */
  public static SolveLimits defaults() {
    return new SolveLimits(DEFAULT_MAX_PROFILES, DEFAULT_MAX_NODES);
  }
}
