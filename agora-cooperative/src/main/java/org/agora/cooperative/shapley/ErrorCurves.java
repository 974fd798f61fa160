package org.agora.cooperative.shapley;

import java.util.ArrayList;
import java.util.List;
import org.agora.cooperative.CoalitionGame;

/**
 * Error-versus-budget curves: for each estimator and budget, the mean squared error of the
 * estimate against the exact Shapley value, averaged over players and over seeds 1..seeds.
 */
public final class ErrorCurves {

  /**
   * One point of a curve.
   *
   * @param estimator the estimator's name
   * @param budget the evaluation budget
   * @param meanSquaredError the mean over seeds and players of the squared error
   * @param standardError the standard error of that mean over seeds
   */
  public record Point(String estimator, long budget, double meanSquaredError, double standardError) {}

  private ErrorCurves() {}

  /**
   * @param game a game small enough for {@link ExactShapley} (at most 25 players)
   * @param estimators the estimator names
   * @param budgets the budgets, each large enough for every estimator
   * @param seeds the number of seeds per point, at least 2
   */
  public static List<Point> compute(CoalitionGame game, List<String> estimators, long[] budgets, int seeds) {
    if (seeds < 2) {
      throw new IllegalArgumentException("error curves need at least 2 seeds, not " + seeds);
    }
    double[] exact = new ExactShapley().estimate(game, 1L << game.playerCount(), 0).values();
    List<Point> points = new ArrayList<>();
    for (String name : estimators) {
      ShapleyEstimator estimator = ShapleyEstimators.create(name);
      for (long budget : budgets) {
        double mean = 0;
        double m2 = 0;
        for (int seed = 1; seed <= seeds; seed++) {
          double error = meanSquaredError(estimator.estimate(game, budget, seed).values(), exact);
          double delta = error - mean;
          mean += delta / seed;
          m2 += delta * (error - mean);
        }
        points.add(new Point(name, budget, mean, Math.sqrt(m2 / (seeds - 1) / seeds)));
      }
    }
    return points;
  }

  /** The mean over players of the squared difference. */
  public static double meanSquaredError(double[] estimate, double[] exact) {
    double sum = 0;
    for (int i = 0; i < exact.length; i++) {
      double difference = estimate[i] - exact[i];
      sum += difference * difference;
    }
    return sum / exact.length;
  }
}
