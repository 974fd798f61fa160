package org.agora.core.solve;

import java.util.Objects;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;

/**
 * A solver with validated parameters, parsed from a solver string such as
 * {@code cfr+(iterations=1000,threads=2)}.
 *
 * @param provider the solver
 * @param parameters its parameter values, every declared one present
 */
public record SolverConfiguration(SolverProvider provider, GameParameters parameters) {

  public SolverConfiguration {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(parameters, "parameters");
  }

  /** The canonical solver string, e.g. {@code cfr+(iterations=1000,sample_every=0,threads=2)}. */
  public String solverString() {
    return parameters.toGameString();
  }

  /** Runs the solver on {@code game}. */
  public SolveResult solve(Game game, SolveLimits limits, JobContext context) {
    return provider.solve(game, parameters, limits, context);
  }
}
