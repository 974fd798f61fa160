package org.agora.cooperative.shapley;

import java.util.SplittableRandom;
import org.agora.cooperative.CoalitionGame;

/**
 * Permutation sampling (ApproShapley) of Castro, Gómez and Tejada, "Polynomial calculation of the
 * Shapley value based on sampling", Computers &amp; Operations Research 36(5), 2009, with antithetic
 * permutations: each uniformly random order is followed by its reverse (Mitchell, Cooper, Frank and
 * Holmes, "Sampling permutations for Shapley value estimation", JMLR 23, 2022). A player's marginal
 * contribution in an order is {@code v(predecessors ∪ i) - v(predecessors)}; the estimate averages
 * it over the orders. v(∅) and v(N) are evaluated once, so an order costs n - 1 evaluations and a
 * pair 2(n - 1); every order's contributions sum to v(N) - v(∅), so the estimate is efficient. The
 * standard error is that of the mean over pairs (a pair's two orders averaged into one sample, as
 * they are dependent). Needs a budget of at least 2 + 4(n - 1) (two pairs).
 */
public final class PermutationSampling implements ShapleyEstimator {

  @Override
  public String name() {
    return "permutation";
  }

  @Override
  public ShapleyEstimate estimate(CoalitionGame game, long budget, long seed) {
    int n = game.playerCount();
    if (n == 1) {
      return Sampling.singlePlayer(game, budget, name());
    }
    Sampling.requireBudget(name(), n, budget, 2 + 4L * (n - 1));
    long pairs = (budget - 2) / (2L * (n - 1));
    SplittableRandom random = new SplittableRandom(seed);
    long grand = (1L << n) - 1;
    double empty = game.value(0);
    double full = game.value(grand);
    int[] order = new int[n];
    double[] contribution = new double[n];
    double[] mean = new double[n];
    double[] m2 = new double[n];
    for (long pair = 1; pair <= pairs; pair++) {
      Sampling.shufflePermutation(order, random);
      java.util.Arrays.fill(contribution, 0);
      walk(game, order, false, empty, full, contribution);
      walk(game, order, true, empty, full, contribution);
      for (int i = 0; i < n; i++) {
        double sample = contribution[i] / 2;
        double delta = sample - mean[i];
        mean[i] += delta / pair;
        m2[i] += delta * (sample - mean[i]);
      }
    }
    double[] errors = new double[n];
    for (int i = 0; i < n; i++) {
      errors[i] = Sampling.standardError(m2[i], pairs);
    }
    return new ShapleyEstimate(mean, errors, 2 + pairs * 2 * (n - 1));
  }

  /** Adds each player's marginal contribution along {@code order} (or its reverse). */
  private static void walk(CoalitionGame game, int[] order, boolean reverse, double empty, double full,
      double[] contribution) {
    int n = order.length;
    long mask = 0;
    double previous = empty;
    for (int k = 0; k < n; k++) {
      int player = order[reverse ? n - 1 - k : k];
      mask |= 1L << player;
      double value = k == n - 1 ? full : game.value(mask);
      contribution[player] += value - previous;
      previous = value;
    }
  }
}
