package org.agora.solvers.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.Trajectory;
import org.agora.solvers.nash.LogitQreTracer;

/**
 * {@code logit}: traces the logit quantal-response-equilibrium path from the centroid to a Nash
 * equilibrium ({@link LogitQreTracer}); the path (each strategy's probability against
 * log10(1 + λ)) is the trajectory.
 */
public final class LogitProvider extends NormalFormSolverProvider {

  /** Strategies in the path (the first ones of each player). */
  private static final int PLOTTED_STRATEGIES = 12;

  public LogitProvider() {
    super("logit", "logit QRE path from the centroid to a Nash equilibrium (McKelvey and Palfrey 1995; Turocy 2005)",
        List.of(SolverParameters.PRECISION));
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    long dimension = 0;
    for (int player = 0; player < game.playerCount(); player++) {
      dimension += game.strategyCount(player);
    }
    limits.checkTableau(work(game), "dense floating-point Jacobian", dimension, dimension + 1, false);
    LogitQreTracer.Result traced = new LogitQreTracer(1e9, values.getDouble("precision")).trace(game);
    List<LogitQreTracer.PathPoint> path = traced.path();
    double[] x = new double[path.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.log10(1.0 + path.get(i).lambda());
    }
    List<Trajectory.Series> series = new ArrayList<>();
    for (int p = 0; p < game.playerCount() && series.size() < PLOTTED_STRATEGIES; p++) {
      for (int s = 0; s < game.strategyCount(p) && series.size() < PLOTTED_STRATEGIES; s++) {
        double[] y = new double[path.size()];
        for (int i = 0; i < y.length; i++) {
          y[i] = path.get(i).profile().probability(p, s);
        }
        series.add(new Trajectory.Series(game.playerName(p) + ": " + game.strategyName(p, s), y));
      }
    }
    return result(game, "Nash equilibrium")
        .addApproximate(List.of(traced.equilibrium()))
        .trajectory(new Trajectory("log10(1 + lambda)", "probability", false, x, series))
        .note(String.format(Locale.ROOT, "%s at lambda %.4g after %d path points; NashConv %.3g",
            traced.converged() ? "converged" : "stopped before the requested precision", traced.lambda(), path.size(),
            traced.nashConv()));
  }
}
