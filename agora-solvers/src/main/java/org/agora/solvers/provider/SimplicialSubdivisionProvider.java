package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.solvers.nash.SimplicialSubdivisionSolver;

/** {@code simpdiv}: an approximate equilibrium by simplicial subdivision with grid refinement, to {@code precision}. */
public final class SimplicialSubdivisionProvider extends NormalFormSolverProvider {

  public SimplicialSubdivisionProvider() {
    super("simpdiv", "simplicial subdivision with grid refinement, any number of players"
        + " (van der Laan, Talman and van der Heyden 1987); approximate to --precision",
        List.of(SolverParameters.PRECISION));
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    long dimension = 0;
    for (int player = 0; player < game.playerCount(); player++) {
      dimension += game.strategyCount(player);
    }
    limits.checkTableau(work(game), "dense floating-point linear system", dimension, dimension + 1, false);
    return result(game, "Nash equilibrium").addApproximate(
        List.of(new SimplicialSubdivisionSolver(8, 40, values.getDouble("precision")).solve(game)));
  }
}
