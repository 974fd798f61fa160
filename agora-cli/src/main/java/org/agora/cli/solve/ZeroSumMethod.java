package org.agora.cli.solve;

import java.util.List;
import org.agora.cli.output.ProgressBar;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.nash.ExactZeroSumLpSolver;
import org.agora.solvers.nash.ZeroSumLpSolver;

/**
 * {@code lp}: value and optimal strategies of a two-player zero-sum game by linear programming,
 * exact (integer-pivoting simplex) by default and with ojAlgo's floating-point simplex under
 * {@code --floating}.
 */
final class ZeroSumMethod implements SolveMethod {

  @Override
  public String name() {
    return "lp";
  }

  @Override
  public String description() {
    return "value and optimal strategies of a zero-sum game by LP (exact; --floating uses ojAlgo)";
  }

  @Override
  public SolveReport solve(NormalFormGame game, SolveSettings settings, ProgressBar progress) {
    if (settings.floating()) {
      ZeroSumLpSolver.ZeroSumSolution solution = new ZeroSumLpSolver().solve(game);
      return new SolveReport("Nash equilibrium").value(solution.value()).addApproximate(List.of(solution.strategies()));
    }
    ExactZeroSumLpSolver.ZeroSumSolution solution = new ExactZeroSumLpSolver().solve(game);
    return new SolveReport("Nash equilibrium").value(solution.value()).addExact(List.of(solution.strategies()));
  }
}
