package org.agora.learning.bandits.policy;

import java.util.random.RandomGenerator;

/** Helpers shared by the exponential-weights policies: a stable softmax and sampling from a distribution. */
final class ExponentialWeights {

  private ExponentialWeights() {}

  /** Writes {@code exp(scale * scores[k])} normalised into {@code probabilities}; shifts by the maximum for stability. */
  static void softmax(double[] scores, double scale, double[] probabilities) {
    double max = Double.NEGATIVE_INFINITY;
    for (double score : scores) {
      max = Math.max(max, scale * score);
    }
    double total = 0;
    for (int k = 0; k < scores.length; k++) {
      double weight = Math.exp(scale * scores[k] - max);
      probabilities[k] = weight;
      total += weight;
    }
    for (int k = 0; k < scores.length; k++) {
      probabilities[k] /= total;
    }
  }

  /** Draws an index from {@code probabilities} (summing to 1) by inversion. */
  static int sample(double[] probabilities, RandomGenerator random) {
    double u = random.nextDouble();
    double cumulative = 0;
    for (int k = 0; k < probabilities.length; k++) {
      cumulative += probabilities[k];
      if (u < cumulative) {
        return k;
      }
    }
    for (int k = probabilities.length - 1; k >= 0; k--) {
      if (probabilities[k] > 0) {
        return k;
      }
    }
    return probabilities.length - 1;
  }
}
