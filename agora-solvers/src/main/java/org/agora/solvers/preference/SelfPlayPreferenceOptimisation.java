package org.agora.solvers.preference;

import java.util.random.RandomGenerator;

/**
 * An approximate minimax winner from sampled pairwise comparisons, by self-play with the Hedge
 * no-regret algorithm (Freund and Schapire, "Adaptive game playing using multiplicative weights",
 * GEB 1999), as in Self-Play Preference Optimisation (Swamy, Dann, Kidambi, Wu and Agarwal, "A
 * Minimaximalist Approach to Reinforcement Learning from Human Feedback", ICML 2024).
 *
 * <p>One learner plays against itself: at round t its lottery is {@code p_t ∝ exp(η R_t)}; for every
 * alternative a it draws an opponent j from {@code p_t} and one comparison, a Bernoulli sample of
 * {@code P[a][j]} (a tie, probability 1/2, when j = a), and adds the outcome (1 if a is preferred,
 * else 0) to {@code R_t[a]}. SPO's argument: the game is symmetric and {@code P(p, p) = 1/2}, so the
 * learner's regret bound makes the average lottery an ε-minimax winner, no alternative being
 * preferred to it with probability above 1/2 + ε, with ε = O(√(log n / T)) plus the sampling error.
 *
 * <p>Budget: {@code samples} comparisons, i.e. ⌊samples / n⌋ rounds of n comparisons (at least one
 * round); step {@code η = √(8 ln n / T)} for rewards in [0, 1] (Cesa-Bianchi and Lugosi, Prediction,
 * Learning, and Games, 2006, Thm. 2.2). Cost O(n log n) per round, no allocation after the start.
 *
 * <p>Departures: SPO samples trajectories from a policy and scores them by a preference model; here
 * the alternatives are the actions themselves and the comparisons are drawn from the given matrix.
 * Every alternative's reward is estimated each round (full-information Hedge on sampled rewards),
 * rather than only those of sampled alternatives.
 */
public final class SelfPlayPreferenceOptimisation {

  private final long samples;

  /** A learner with a budget of {@code samples} comparisons (≥ 1). */
  public SelfPlayPreferenceOptimisation(long samples) {
    if (samples < 1) {
      throw new IllegalArgumentException("the number of sampled comparisons must be >= 1, got " + samples);
    }
    this.samples = samples;
  }

  /** The number of rounds for {@code n} alternatives. */
  public long rounds(int n) {
    return Math.max(1L, samples / n);
  }

  /**
   * The average lottery over the rounds.
   *
   * @throws IllegalArgumentException when the matrix is not of preference probabilities
   */
  public double[] solve(PreferenceMatrix preferences, RandomGenerator random) {
    if (preferences.kind() != PreferenceMatrix.Kind.PROBABILITIES) {
      throw new IllegalArgumentException("sampled comparisons need preference probabilities (P + P^T = 1), "
          + "not a margin matrix");
    }
    int n = preferences.size();
    double[] probability = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        probability[i * n + j] = Math.min(1.0, Math.max(0.0, preferences.preferenceProbability(i, j)));
      }
    }
    long rounds = rounds(n);
    double step = n == 1 ? 0.0 : Math.sqrt(8.0 * Math.log(n) / rounds);
    double[] rewards = new double[n];
    double[] lottery = new double[n];
    double[] cumulative = new double[n];
    double[] average = new double[n];
    for (long t = 0; t < rounds; t++) {
      double top = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < n; a++) {
        top = Math.max(top, rewards[a]);
      }
      double total = 0.0;
      for (int a = 0; a < n; a++) {
        lottery[a] = Math.exp(step * (rewards[a] - top));
        total += lottery[a];
      }
      double running = 0.0;
      for (int a = 0; a < n; a++) {
        lottery[a] /= total;
        average[a] += lottery[a];
        running += lottery[a];
        cumulative[a] = running;
      }
      cumulative[n - 1] = 1.0;
      for (int a = 0; a < n; a++) {
        int opponent = draw(cumulative, n, random.nextDouble());
        if (random.nextDouble() < probability[a * n + opponent]) {
          rewards[a] += 1.0;
        }
      }
    }
    double sum = 0.0;
    for (int a = 0; a < n; a++) {
      sum += average[a];
    }
    for (int a = 0; a < n; a++) {
      average[a] /= sum;
    }
    return average;
  }

  private static int draw(double[] cumulative, int n, double u) {
    int low = 0;
    int high = n - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (u < cumulative[middle]) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }
}
