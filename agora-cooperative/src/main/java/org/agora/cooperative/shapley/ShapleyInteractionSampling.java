package org.agora.cooperative.shapley;

import java.util.SplittableRandom;
import org.agora.cooperative.CoalitionGame;

/**
 * A Monte Carlo estimate of the pairwise Shapley interaction index of Grabisch and Roubens (1999),
 * see {@link ShapleyInteraction}: for each pair {i, j} the index is the mean of the discrete second
 * derivative {@code v(S ∪ ij) - v(S ∪ i) - v(S ∪ j) + v(S)} when S ⊆ N \ {i, j} has size s uniform
 * in [0, n-2] and uniform members given s, which is exactly the index's weight {@code s!(n-s-2)!/(n-1)!}.
 * Each sample costs 4 evaluations; the budget is split evenly over the n(n-1)/2 pairs, at least 2
 * samples each, and the standard error is that of each pair's sample mean. This is the plain
 * sampling estimator; the budget-sharing estimators of the shapiq family are not implemented.
 */
public final class ShapleyInteractionSampling {

  private ShapleyInteractionSampling() {}

  /**
   * An estimate of the interaction matrix.
   *
   * @param values the n x n symmetric estimate, row-major, zero diagonal
   * @param standardErrors the standard error per entry, 0 on the diagonal
   * @param evaluationsUsed the evaluations made
   */
  public record Estimate(double[] values, double[] standardErrors, long evaluationsUsed) {}

  /**
   * @throws IllegalArgumentException for fewer than 2 players or a budget below 8 per pair
   */
  public static Estimate estimate(CoalitionGame game, long budget, long seed) {
    int n = game.playerCount();
    if (n < 2) {
      throw new IllegalArgumentException("the interaction index needs at least 2 players, not " + n);
    }
    long pairs = (long) n * (n - 1) / 2;
    Sampling.requireBudget("interaction sampling", n, budget, 8 * pairs);
    long perPair = budget / (4 * pairs);
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[n * n];
    double[] errors = new double[n * n];
    int[] candidates = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double mean = 0;
        double m2 = 0;
        for (long k = 1; k <= perPair; k++) {
          int c = 0;
          for (int p = 0; p < n; p++) {
            if (p != i && p != j) {
              candidates[c++] = p;
            }
          }
          long coalition = Sampling.randomSubset(candidates, n - 2, random.nextInt(n - 1), random);
          long withI = coalition | 1L << i;
          long withJ = coalition | 1L << j;
          double sample = game.value(withI | withJ) - game.value(withI) - game.value(withJ) + game.value(coalition);
          double delta = sample - mean;
          mean += delta / k;
          m2 += delta * (sample - mean);
        }
        values[i * n + j] = mean;
        values[j * n + i] = mean;
        errors[i * n + j] = Sampling.standardError(m2, perPair);
        errors[j * n + i] = errors[i * n + j];
      }
    }
    return new Estimate(values, errors, 4 * perPair * pairs);
  }
}
