package org.agora.markets.mechanism.persuasion;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Optimal Bayesian persuasion with a binary state by concavification: the sender's best expected
 * value under commitment is {@code V(p) = (cav v)(p)}, the least concave function above its value
 * {@code v(mu)} of inducing the posterior {@code mu}, evaluated at the prior {@code p} (Kamenica and
 * Gentzkow). With two states the posterior is one number, and by Carathéodory a signal
 * with two realisations suffices, so the hull at {@code p} is the best chord
 * {@code max over mu_low <= p <= mu_high} of the convex combination of {@code v(mu_low)} and
 * {@code v(mu_high)}.
 *
 * <p>The sender's value is given on a finite set of candidate posteriors (the endpoints 0 and 1 and
 * the prior are always added). For a piecewise-constant or piecewise-linear {@code v} that is upper
 * semicontinuous (the receiver breaks ties in the sender's favour), passing the breakpoints as
 * candidates makes the result exact; otherwise a fine grid gives the hull of the sampled points.
 * Time {@code O(n^2)} in the number of candidates.
 *
 * <p>E. Kamenica and M. Gentzkow, "Bayesian Persuasion", <i>American Economic Review</i> 101(6),
 * 2590–2615, 2011.
 */
public final class BinaryPersuasion {

  private BinaryPersuasion() {}

  /**
   * The optimal signal when the sender's value of posterior {@code mu} is {@code senderValue(mu)},
   * checked at {@code candidates} (each in [0, 1]) and at 0, 1 and the prior.
   *
   * @throws IllegalArgumentException if the prior or a candidate is outside [0, 1] or a value is not finite
   */
  public static PersuasionSolution solve(double prior, DoubleUnaryOperator senderValue, double... candidates) {
    requireProbability(prior, "prior");
    double[] points = new double[candidates.length + 3];
    for (int i = 0; i < candidates.length; i++) {
      requireProbability(candidates[i], "candidate posterior " + i);
      points[i] = candidates[i];
    }
    points[candidates.length] = 0;
    points[candidates.length + 1] = 1;
    points[candidates.length + 2] = prior;
    Arrays.sort(points);
    double[] values = new double[points.length];
    for (int i = 0; i < points.length; i++) {
      values[i] = senderValue.applyAsDouble(points[i]);
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("the sender's value at posterior " + points[i] + " is " + values[i]
            + "; must be finite");
      }
    }
    double bestValue = Double.NEGATIVE_INFINITY;
    double bestLow = prior;
    double bestHigh = prior;
    double bestWeight = 0;
    for (int low = 0; low < points.length && points[low] <= prior; low++) {
      for (int high = points.length - 1; high >= 0 && points[high] >= prior; high--) {
        double span = points[high] - points[low];
        double weight = span == 0 ? 0 : (prior - points[low]) / span;
        double value = (1 - weight) * values[low] + weight * values[high];
        if (value > bestValue + 1e-12) {
          bestValue = value;
          boolean splits = weight > 0 && weight < 1;
          bestLow = splits ? points[low] : prior;
          bestHigh = splits ? points[high] : prior;
          bestWeight = splits ? weight : 0;
        }
      }
    }
    return new PersuasionSolution(prior, bestValue, bestLow, bestHigh, bestWeight);
  }

  /** {@link #solve} on the candidates {@code k / (gridPoints - 1)}, {@code k = 0..gridPoints-1}. */
  public static PersuasionSolution solveOnGrid(double prior, DoubleUnaryOperator senderValue, int gridPoints) {
    if (gridPoints < 2) {
      throw new IllegalArgumentException("a posterior grid needs at least 2 points, got " + gridPoints);
    }
    double[] grid = new double[gridPoints];
    for (int k = 0; k < gridPoints; k++) {
      grid[k] = k / (double) (gridPoints - 1);
    }
    return solve(prior, senderValue, grid);
  }

  static void requireProbability(double value, String what) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(what + " is " + value + "; must be in [0, 1]");
    }
  }
}
