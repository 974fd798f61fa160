package org.agora.solvers.provider;

import java.util.List;
import java.util.Locale;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobContext;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.solvers.riskaverse.RiskAverseFictitiousPlay;

/**
 * {@code rae}: a risk-averse equilibrium (Slumbers et al., ICML 2023) by fictitious play with
 * risk-averse best responses ({@link RiskAverseFictitiousPlay}); any number of players.
 */
public final class RiskAverseEquilibriumProvider extends NormalFormSolverProvider {

  /** The expected reward a player may give up for lower variance. */
  static final ParameterSpec REWARD_TOLERANCE = ParameterSpec.real("reward_tolerance", 0.0, 0.0,
      Double.POSITIVE_INFINITY, "rae: expected reward a player may give up for a lower reward variance (default: 0).");
  /** Fictitious-play iterations of rae. */
  static final ParameterSpec ITERATIONS = ParameterSpec.integer("iterations", 2_000, 1, Integer.MAX_VALUE,
      "rae: fictitious-play iterations (default: 2000).");

  public RiskAverseEquilibriumProvider() {
    super("rae", "risk-averse equilibrium: least reward variance among near-best responses (Slumbers et al. 2023)",
        List.of(REWARD_TOLERANCE, ITERATIONS, SolverParameters.PRECISION));
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    double tolerance = values.getDouble("reward_tolerance");
    RiskAverseFictitiousPlay.Result solved = new RiskAverseFictitiousPlay(tolerance, values.getInt("iterations"),
        values.getDouble("precision")).solve(game, () -> context.cancellation().isCancelled());
    context.cancellation().throwIfCancelled();
    NormalFormResultBuilder result = result(game, "risk-averse equilibrium")
        .addApproximate(List.of(solved.profile()))
        .note(String.format(Locale.ROOT, "%s after %d iterations; reward tolerance %.6g; RAE gap %.3g",
            solved.converged() ? "converged" : "stopped before the requested precision", solved.iterations(),
            tolerance, solved.gap()));
    for (int p = 0; p < game.playerCount(); p++) {
      result.note(String.format(Locale.ROOT, "%s: reward variance %.6g (excess over its risk-averse best response "
          + "%.3g), expected-reward shortfall %.3g", game.playerName(p), solved.variances()[p],
          solved.varianceExcess()[p], solved.shortfalls()[p]));
    }
    return result;
  }
}
