package org.agora.solvers.provider;

import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.job.Job;
import org.agora.core.job.JobContext;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolveResult;
import org.agora.core.solve.SolveSpec;
import org.agora.core.solve.SolverConfiguration;
import org.agora.core.solve.SolverRegistry;

/**
 * The {@code solve} job kind: creates the game and configures the solver from their strings, then
 * runs the solver. Progress is counted in iterations for iterative solvers (nothing is reported by
 * the others); cancellation is polled before the solver starts and between iterations or
 * measurements. The solver's own threads (CFR's {@code threads}) are a solver parameter; the
 * context's executor is not used.
 */
public final class SolveJob implements Job<SolveSpec, SolveResult> {

  @Override
  public String kind() {
    return SolveSpec.KIND;
  }

  @Override
  public Class<SolveSpec> specType() {
    return SolveSpec.class;
  }

  @Override
  public SolveResult run(SolveSpec spec, JobContext context) {
    SolverConfiguration solver = SolverRegistry.configure(spec.solver());
    Game game = GameRegistry.create(spec.game());
    return solve(game, solver, spec.limits(), context);
  }

  /**
   * Solves an already built game (read from a file, say) with a configured solver: the library entry
   * point behind the job.
   *
   * @throws IllegalArgumentException when the solver does not apply to the game or the input exceeds the limits
   * @throws org.agora.core.job.JobCancelledException when cancelled
   */
  public static SolveResult solve(Game game, SolverConfiguration solver, SolveLimits limits, JobContext context) {
    context.cancellation().throwIfCancelled();
    return solver.solve(game, limits, context);
  }
}
