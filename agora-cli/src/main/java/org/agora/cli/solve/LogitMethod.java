package org.agora.cli.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.cli.output.LinePlot;
import org.agora.cli.output.ProgressBar;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.nash.LogitQreTracer;

/**
 * {@code logit}: traces the logit quantal-response-equilibrium path from the centroid to a Nash
 * equilibrium; the path (each strategy's probability against log10(1 + λ)) is the trajectory.
 */
final class LogitMethod implements SolveMethod {

  /** Strategies drawn at most in the path plot (the first ones of each player). */
  private static final int PLOTTED_STRATEGIES = 12;

  @Override
  public String name() {
    return "logit";
  }

  @Override
  public String description() {
    return "logit QRE path from the centroid to a Nash equilibrium (McKelvey and Palfrey 1995; Turocy 2005)";
  }

  @Override
  public SolveReport solve(NormalFormGame game, SolveSettings settings, ProgressBar progress) {
    LogitQreTracer.Result result = new LogitQreTracer(1e9, settings.precision()).trace(game);
    List<LogitQreTracer.PathPoint> path = result.path();
    double[] x = new double[path.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.log10(1.0 + path.get(i).lambda());
    }
    List<LinePlot.Series> series = new ArrayList<>();
    for (int p = 0; p < game.playerCount() && series.size() < PLOTTED_STRATEGIES; p++) {
      for (int s = 0; s < game.strategyCount(p) && series.size() < PLOTTED_STRATEGIES; s++) {
        double[] y = new double[path.size()];
        for (int i = 0; i < y.length; i++) {
          y[i] = path.get(i).profile().probability(p, s);
        }
        series.add(new LinePlot.Series(game.playerName(p) + ": " + game.strategyName(p, s), x, y));
      }
    }
    SolveReport report = new SolveReport("Nash equilibrium")
        .addApproximate(List.of(result.equilibrium()))
        .trajectory(new SolveReport.Trajectory("log10(1 + lambda)", "probability", false, series))
        .note(String.format(Locale.ROOT, "%s at lambda %.4g after %d path points; NashConv %.3g",
            result.converged() ? "converged" : "stopped before the requested precision", result.lambda(), path.size(),
            result.nashConv()));
    return report;
  }
}
