package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressMeter;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolverOptionException;
import org.agora.solvers.nash.LemkeHowsonSolver;

/**
 * {@code lcp}: Lemke-Howson ({@link LemkeHowsonSolver}) from every label, or from {@code label} when it
 * is not 0; exact unless {@code floating}.
 */
public final class LemkeHowsonProvider extends NormalFormSolverProvider {

  public LemkeHowsonProvider() {
    super("lcp", "Lemke-Howson from every label (--label L for one), two players (exact; --floating for doubles)",
        List.of(SolverParameters.LABEL, SolverParameters.FLOATING));
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    boolean floating = values.getBoolean("floating");
    if (game.playerCount() == 2) {
      long m = game.strategyCount(0);
      long n = game.strategyCount(1);
      limits.checkTableau(work(game), floating ? "pair of floating-point tableaux" : "pair of exact tableaux",
          m + n, m + n + 1, !floating);
    }
    LemkeHowsonSolver solver = new LemkeHowsonSolver(ProgressMeter.of(context));
    int label = values.getInt("label");
    int[] strategies = game.strategyCounts();
    int labels = strategies.length == 2 ? strategies[0] + strategies[1] : Integer.MAX_VALUE;
    if (label > labels) {
      throw new SolverOptionException("label", "label " + label + " is outside 1.." + labels
          + " (1..m are row strategies, m+1..m+n column strategies)");
    }
    NormalFormResultBuilder result = result(game, "Nash equilibrium");
    if (floating) {
      return result.addApproximate(label == 0 ? solver.solveAllLabelsDouble(game) : List.of(solver.solveDouble(game, label)));
    }
    return result.addExact(label == 0 ? solver.solveAllLabels(game) : List.of(solver.solve(game, label)));
  }

  @Override
  public String progressUnit() {
    return "pivots";
  }
}
