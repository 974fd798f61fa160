package org.agora.solvers.nash.approximate;

import org.agora.core.normalform.NormalFormGame;

/**
 * Integer labelling of points of the product of the players' strategy simplices, for simplicial
 * algorithms. Labels are flat strategy indices {@code offset(p) + j}.
 *
 * <p>With the projection map {@code f_p(x) = proj(x_p + u_p(x_-p) / range)} (each player's mixed
 * strategy plus its pure-strategy payoffs, scaled by the game's payoff range, projected onto its
 * simplex in the Euclidean norm; its fixed points are exactly the Nash equilibria: Gul, Pearce and
 * Stacchetti, "A bound on the proportion of pure strategy equilibria in generic games",
 * Mathematics of Operations Research 18, 1993), let {@code z = f(x) - x}. The label of x is the
 * strategy (p, j) with {@code x_pj > 0} minimising {@code z_pj} (lowest index on ties): the
 * coordinate that most exceeds its image. Every player's {@code z_p} sums to zero and
 * {@code z_pj >= 0} where {@code x_pj = 0}, so the minimum is never positive, and a label is only
 * ever given to a strategy played with positive probability (the labelling is proper, which keeps
 * the simplicial path inside the product of simplices). If a small simplex carries all of one
 * player's labels, every {@code z_pj} is close to the global minimum there, which with the zero
 * sum forces {@code z} close to zero everywhere: an approximate fixed point of {@code f}, that is
 * an approximate Nash equilibrium. Since f is Lipschitz and pushes strategies that pay less than
 * the support straight to zero, the error shrinks linearly with the mesh. (Nash's own map,
 * {@code (x + gain+) / (1 + sum gain+)}, was tried first: it leaves inferior strategies with
 * probability of the order of the square root of the mesh, and restarts then slow down.)
 *
 * <p>Cost per label: one pass over the payoff tensor, {@code O(profiles * players^2)}, and one sort
 * per player.
 */
public final class ProjectionLabelling {

  private final MultilinearPayoffs payoffs;
  private final int[] strategyCounts;
  private final int[] offsets;
  private final double scale;

  /** The labelling of {@code game}. */
  public ProjectionLabelling(NormalFormGame game) {
    this.scale = Math.max(game.maxUtility() - game.minUtility(), Double.MIN_NORMAL);
    this.payoffs = new MultilinearPayoffs(game);
    this.strategyCounts = game.strategyCounts();
    this.offsets = new int[strategyCounts.length];
    for (int p = 1; p < offsets.length; p++) {
      offsets[p] = offsets[p - 1] + strategyCounts[p - 1];
    }
  }

  /** The label of the grid point with flat coordinates {@code counts}, each player's summing to {@code grid}. */
  public int label(long[] counts, long grid) {
    double[][] strategies = GridPoints.toStrategies(counts, grid, strategyCounts);
    double[][] deviation = payoffs.deviationPayoffs(strategies);
    int best = -1;
    double bestValue = Double.POSITIVE_INFINITY;
    for (int p = 0; p < strategyCounts.length; p++) {
      int m = strategyCounts[p];
      double[] shifted = new double[m];
      for (int j = 0; j < m; j++) {
        shifted[j] = strategies[p][j] + deviation[p][j] / scale;
      }
      double[] image = projectOntoSimplex(shifted);
      for (int j = 0; j < m; j++) {
        if (counts[offsets[p] + j] == 0) {
          continue;
        }
        double value = image[j] - strategies[p][j];
        if (value < bestValue) {
          bestValue = value;
          best = offsets[p] + j;
        }
      }
    }
    return best;
  }

  /** The Euclidean projection of {@code point} onto the unit simplex (sort and threshold). */
  static double[] projectOntoSimplex(double[] point) {
    double[] sorted = point.clone();
    java.util.Arrays.sort(sorted);
    double cumulative = 0.0;
    double threshold = 0.0;
    for (int k = sorted.length - 1; k >= 0; k--) {
      cumulative += sorted[k];
      double candidate = (cumulative - 1.0) / (sorted.length - k);
      if (k == 0 || sorted[k - 1] <= candidate) {
        threshold = candidate;
        break;
      }
    }
    double[] projection = new double[point.length];
    for (int j = 0; j < point.length; j++) {
      projection[j] = Math.max(0.0, point[j] - threshold);
    }
    return projection;
  }
}
