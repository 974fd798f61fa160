package org.agora.cooperative.shapley;

import java.util.SplittableRandom;

/** Random permutations, subsets and budget checks shared by the sampling estimators. */
final class Sampling {

  private Sampling() {}

  /** Fills {@code order} with a uniformly random permutation of {@code 0..n-1} (Fisher–Yates). */
  static void shufflePermutation(int[] order, SplittableRandom random) {
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  /**
   * A uniformly random subset of {@code size} players out of {@code candidates[0..count)}, by a
   * partial Fisher–Yates shuffle that reorders {@code candidates} in place.
   */
  static long randomSubset(int[] candidates, int count, int size, SplittableRandom random) {
    long mask = 0;
    for (int k = 0; k < size; k++) {
      int j = k + random.nextInt(count - k);
      int swap = candidates[k];
      candidates[k] = candidates[j];
      candidates[j] = swap;
      mask |= 1L << candidates[k];
    }
    return mask;
  }

  /** Draws an index from a cumulative distribution (last entry 1). */
  static int draw(double[] cumulative, SplittableRandom random) {
    double u = random.nextDouble();
    for (int k = 0; k < cumulative.length - 1; k++) {
      if (u < cumulative[k]) {
        return k;
      }
    }
    return cumulative.length - 1;
  }

  /** Refuses a budget below {@code needed}. */
  static void requireBudget(String estimator, int players, long budget, long needed) {
    if (budget < needed) {
      throw new IllegalArgumentException(estimator + " needs a budget of at least " + needed + " evaluations for "
          + players + " players, not " + budget);
    }
  }

  /** The standard error of a mean of {@code count} samples with sum of squared deviations {@code m2}. */
  static double standardError(double m2, long count) {
    return count < 2 ? Double.NaN : Math.sqrt(m2 / (count - 1) / count);
  }

  /** The exact answer for one player: v({0}) - v(∅), two evaluations. */
  static ShapleyEstimate singlePlayer(org.agora.cooperative.CoalitionGame game, long budget, String estimator) {
    requireBudget(estimator, 1, budget, 2);
    return new ShapleyEstimate(new double[] {game.value(1) - game.value(0)}, new double[] {0}, 2);
  }
}
