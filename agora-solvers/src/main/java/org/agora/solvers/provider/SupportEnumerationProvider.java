package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.nash.SupportEnumerationSolver;

/** {@code support}: every equilibrium of a two-player game by support enumeration, exact unless {@code floating}. */
public final class SupportEnumerationProvider extends NormalFormSolverProvider {

  public SupportEnumerationProvider() {
    super("support", "support enumeration, two players (exact; --floating for doubles)",
        List.of(SolverParameters.FLOATING));
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, JobContext context) {
    NormalFormResultBuilder result = result(game, "Nash equilibrium");
    return values.getBoolean("floating") ? result.addApproximate(new SupportEnumerationSolver().solveDouble(game))
        : result.addExact(new SupportEnumerationSolver().solve(game));
  }
}
