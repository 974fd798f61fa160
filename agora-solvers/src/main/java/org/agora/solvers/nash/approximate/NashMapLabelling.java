package org.agora.solvers.nash.approximate;

import org.agora.core.normalform.NormalFormGame;

/**
 * Integer labelling of points of the product of the players' strategy simplices, for simplicial
 * algorithms. Labels are flat strategy indices {@code offset(p) + j}.
 *
 * <p>With Nash's map {@code f} (Nash, "Non-cooperative games", Annals of Mathematics, 1951),
 * {@code f_pj(x) = (x_pj + g_pj) / (1 + sum_k g_pk)} where {@code g_pj} is the positive part of
 * the gain of pure strategy j over player p's expected payoff, let {@code z = f(x) - x}. The label
 * of x is the strategy (p, j) with {@code x_pj > 0} minimising {@code z_pj} (lowest index on
 * ties): the coordinate that most exceeds its image. Every player's {@code z_p} sums to zero and
 * {@code z_pj >= 0} where {@code x_pj = 0}, so the minimum is never positive, and a label is only
 * ever given to a strategy played with positive probability (the labelling is proper, which keeps
 * the simplicial path inside the product of simplices). If a small simplex carries all of one
 * player's labels, every {@code z_pj} is close to the global minimum there, which with the zero
 * sum forces {@code z} close to zero everywhere, an approximate fixed point of {@code f}, that is an
 * approximate Nash equilibrium.
 *
 * <p>Cost per label: one pass over the payoff tensor, {@code O(profiles * players^2)}.
 */
public final class NashMapLabelling {

  private final MultilinearPayoffs payoffs;
  private final int[] strategyCounts;
  private final int[] offsets;

  /** The labelling of {@code game}. */
  public NashMapLabelling(NormalFormGame game) {
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
      double expected = 0.0;
      for (int j = 0; j < strategyCounts[p]; j++) {
        expected += strategies[p][j] * deviation[p][j];
      }
      double totalGain = 0.0;
      for (int j = 0; j < strategyCounts[p]; j++) {
        totalGain += Math.max(0.0, deviation[p][j] - expected);
      }
      for (int j = 0; j < strategyCounts[p]; j++) {
        if (counts[offsets[p] + j] == 0) {
          continue;
        }
        double gain = Math.max(0.0, deviation[p][j] - expected);
        double value = (gain - strategies[p][j] * totalGain) / (1.0 + totalGain);
        if (value < bestValue) {
          bestValue = value;
          best = offsets[p] + j;
        }
      }
    }
    return best;
  }
}
