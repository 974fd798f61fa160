package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.solvers.nash.PureNashSolver;

/** {@code enumpure}: every pure-strategy Nash equilibrium ({@link PureNashSolver}), exact. */
public final class PureNashProvider extends NormalFormSolverProvider {

  public PureNashProvider() {
    super("enumpure", "all pure-strategy equilibria, any number of players (exact)", List.of());
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    return result(game, "Nash equilibrium").addExact(new PureNashSolver().solve(game));
  }
}
