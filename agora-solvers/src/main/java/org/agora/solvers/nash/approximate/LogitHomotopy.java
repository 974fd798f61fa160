package org.agora.solvers.nash.approximate;

import org.agora.core.normalform.NormalFormGame;

/**
 * The logit quantal-response system {@code H(y, lambda) = 0} in log-probability coordinates, as
 * in Turocy (2005): for every player p with strategies {@code 0..m_p-1},
 *
 * <pre>
 *   sum_s exp(y_ps) - 1 = 0
 *   y_ps - y_p0 - lambda * (u_p(s, sigma_-p) - u_p(0, sigma_-p)) = 0     for s = 1..m_p-1
 * </pre>
 *
 * with {@code sigma = exp(y)}. There are {@code M = sum_p m_p} equations in {@code M + 1}
 * unknowns, the last being {@code lambda}. Its solutions are exactly the logit QRE of McKelvey and
 * Palfrey (1995) at precision {@code lambda}; log coordinates keep probabilities positive and the
 * system well scaled as probabilities go to zero along the path.
 *
 * <p>Evaluating the Jacobian costs one pass over the payoff tensor, {@code O(profiles * players^3)}.
 */
public final class LogitHomotopy {

  private final MultilinearPayoffs payoffs;
  private final int players;
  private final int[] strategyCounts;
  private final int[] offsets;
  private final int unknowns;

  /** The system of {@code game}. */
  public LogitHomotopy(NormalFormGame game) {
    this.payoffs = new MultilinearPayoffs(game);
    this.players = game.playerCount();
    this.strategyCounts = game.strategyCounts();
    this.offsets = new int[players];
    int total = 0;
    for (int p = 0; p < players; p++) {
      offsets[p] = total;
      total += strategyCounts[p];
    }
    this.unknowns = total + 1;
  }

  /** Number of unknowns, {@code M + 1}; the last unknown is lambda. */
  public int unknowns() {
    return unknowns;
  }

  /** The point at lambda = 0: every player uniform. */
  public double[] centroid() {
    double[] point = new double[unknowns];
    for (int p = 0; p < players; p++) {
      for (int s = 0; s < strategyCounts[p]; s++) {
        point[offsets[p] + s] = -Math.log(strategyCounts[p]);
      }
    }
    return point;
  }

  /** The probabilities {@code exp(y)}, each player's renormalised to sum to 1. */
  public double[][] strategies(double[] point) {
    double[][] strategies = rawStrategies(point);
    for (double[] distribution : strategies) {
      double sum = 0.0;
      for (double value : distribution) {
        sum += value;
      }
      for (int s = 0; s < distribution.length; s++) {
        distribution[s] /= sum;
      }
    }
    return strategies;
  }

  private double[][] rawStrategies(double[] point) {
    double[][] strategies = new double[players][];
    for (int p = 0; p < players; p++) {
      strategies[p] = new double[strategyCounts[p]];
      for (int s = 0; s < strategyCounts[p]; s++) {
        strategies[p][s] = Math.exp(point[offsets[p] + s]);
      }
    }
    return strategies;
  }

  /** {@code H(point)}, {@code M} values. */
  public double[] residual(double[] point) {
    double[][] sigma = rawStrategies(point);
    double[][] deviation = payoffs.deviationPayoffs(sigma);
    double lambda = point[unknowns - 1];
    double[] residual = new double[unknowns - 1];
    for (int p = 0; p < players; p++) {
      int base = offsets[p];
      double sum = 0.0;
      for (int s = 0; s < strategyCounts[p]; s++) {
        sum += sigma[p][s];
      }
      residual[base] = sum - 1.0;
      for (int s = 1; s < strategyCounts[p]; s++) {
        residual[base + s] = point[base + s] - point[base] - lambda * (deviation[p][s] - deviation[p][0]);
      }
    }
    return residual;
  }

  /** The Jacobian of H at {@code point}: {@code M} rows, {@code M + 1} columns. */
  public double[][] jacobian(double[] point) {
    double[][] sigma = rawStrategies(point);
    double[][] deviation = payoffs.deviationPayoffs(sigma);
    double[][][][] pair = payoffs.pairPayoffs(sigma);
    double lambda = point[unknowns - 1];
    double[][] jacobian = new double[unknowns - 1][unknowns];
    for (int p = 0; p < players; p++) {
      int base = offsets[p];
      for (int s = 0; s < strategyCounts[p]; s++) {
        jacobian[base][base + s] = sigma[p][s];
      }
      for (int s = 1; s < strategyCounts[p]; s++) {
        double[] row = jacobian[base + s];
        row[base + s] = 1.0;
        row[base] = -1.0;
        for (int q = 0; q < players; q++) {
          if (q == p) {
            continue;
          }
          for (int t = 0; t < strategyCounts[q]; t++) {
            row[offsets[q] + t] = -lambda * (pair[p][s][q][t] - pair[p][0][q][t]) * sigma[q][t];
          }
        }
        row[unknowns - 1] = -(deviation[p][s] - deviation[p][0]);
      }
    }
    return jacobian;
  }
}
