package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressMeter;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.GameValue;
import org.agora.core.solve.SolveLimits;
import org.agora.solvers.nash.ExactZeroSumLpSolver;
import org.agora.solvers.nash.ZeroSumLpSolver;

/**
 * {@code lp}: value and optimal strategies of a two-player zero-sum game by linear programming,
 * exact ({@link ExactZeroSumLpSolver}) unless {@code floating} ({@link ZeroSumLpSolver}, ojAlgo).
 */
public final class ZeroSumLpProvider extends NormalFormSolverProvider {

  public ZeroSumLpProvider() {
    super("lp", "value and optimal strategies of a zero-sum game by LP (exact; --floating uses ojAlgo)",
        List.of(SolverParameters.FLOATING));
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    boolean floating = values.getBoolean("floating");
    if (game.playerCount() == 2) {
      long m = game.strategyCount(0);
      long n = game.strategyCount(1);
      limits.checkTableau(work(game), floating ? "floating-point LP tableau" : "exact LP tableau", m + 1, n + m + 2,
          !floating);
    }
    if (floating) {
      ZeroSumLpSolver.ZeroSumSolution solution = new ZeroSumLpSolver().solve(game);
      return result(game, "Nash equilibrium").value(GameValue.approximate(solution.value()))
          .addApproximate(List.of(solution.strategies()));
    }
    ExactZeroSumLpSolver.ZeroSumSolution solution = new ExactZeroSumLpSolver(ProgressMeter.of(context)).solve(game);
    return result(game, "Nash equilibrium").value(GameValue.exact(solution.value()))
        .addExact(List.of(solution.strategies()));
  }

  @Override
  public String progressUnit() {
    return "pivots";
  }
}
