package org.agora.evaluation.alpharank;

/**
 * Fixation probabilities of a single mutant under the Fermi (logistic) selection of alpha-rank
 * (Omidshafiei et al., "α-Rank: Multi-Agent Evaluation by Evolution", Scientific Reports 2019,
 * Methods; after Traulsen, Nowak and Pacheco, "Stochastic dynamics of invasion and fixation",
 * Physical Review E 74, 2006).
 *
 * <p>In a population of m individuals, k of which play the mutant strategy, an individual of the
 * mutant type replaces a resident with probability given by the Fermi rule at intensity alpha; the
 * probability that one mutant takes over the population is
 * {@code rho = 1 / sum_{l=0}^{m-1} exp(-alpha sum_{k=1}^{l} (f_mutant(k) - f_resident(k)))}.
 * When the fitness gap {@code d = f_mutant - f_resident} does not depend on k (the multi-population
 * case) this is {@code (1 - exp(-alpha d)) / (1 - exp(-m alpha d))}, and {@code 1/m} when
 * {@code alpha d = 0}.
 *
 * <p>Numerics: both forms are evaluated without overflow: the general one as
 * {@code exp(-logsumexp)}, the constant-gap one with {@code expm1} and, for a negative gap, after
 * factoring out {@code exp(-(m-1) alpha |d|)} (so it underflows to 0 instead of dividing infinities).
 */
final class FixationProbabilities {

  private FixationProbabilities() {}

  /** Fixation probability for a fitness gap that does not depend on the number of mutants. */
  static double constantGap(double alpha, double gap, int populationSize) {
    double x = alpha * gap;
    if (x == 0.0) {
      return 1.0 / populationSize;
    }
    if (x > 0.0) {
      return Math.expm1(-x) / Math.expm1(-populationSize * x);
    }
    double y = -x;
    // (e^y - 1) / (e^{m y} - 1) = e^{-(m-1) y} (1 - e^{-y}) / (1 - e^{-m y})
    return Math.exp(-(populationSize - 1) * y) * (Math.expm1(-y) / Math.expm1(-populationSize * y));
  }

  /**
   * Fixation probability for gaps {@code gaps[k-1] = f_mutant(k) - f_resident(k)}, k = 1..m-1.
   */
  static double varyingGap(double alpha, double[] gaps, int populationSize) {
    double[] exponents = new double[populationSize];
    double running = 0.0;
    double largest = 0.0;
    for (int l = 1; l < populationSize; l++) {
      running -= alpha * gaps[l - 1];
      exponents[l] = running;
      largest = Math.max(largest, running);
    }
    double sum = 0.0;
    for (double exponent : exponents) {
      sum += Math.exp(exponent - largest);
    }
    return Math.exp(-largest) / sum;
  }
}
