package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressMeter;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.solvers.nash.SupportEnumerationSolver;

/** {@code support}: every equilibrium of a two-player game by support enumeration, exact unless {@code floating}. */
public final class SupportEnumerationProvider extends NormalFormSolverProvider {

  public SupportEnumerationProvider() {
    super("support", "support enumeration, two players (exact; --floating for doubles)",
        List.of(SolverParameters.FLOATING));
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    if (game.playerCount() == 2) {
      SolveLimits.check(work(game), "equal-size support pairs", WorkEstimates.supportPairs(game.strategyCount(0),
          game.strategyCount(1)), limits.maxSupports(), SolveLimits.MAX_SUPPORTS);
    }
    SupportEnumerationSolver solver = new SupportEnumerationSolver(false, true, ProgressMeter.of(context));
    NormalFormResultBuilder result = result(game, "Nash equilibrium");
    return values.getBoolean("floating") ? result.addApproximate(solver.solveDouble(game))
        : result.addExact(solver.solve(game));
  }

  @Override
  public String progressUnit() {
    return "support pairs";
  }
}
