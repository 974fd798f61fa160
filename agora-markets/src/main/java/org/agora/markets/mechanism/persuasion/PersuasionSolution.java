package org.agora.markets.mechanism.persuasion;

/**
 * An optimal binary-state signal: it splits the prior into the posteriors {@code lowPosterior} and
 * {@code highPosterior} (probabilities of state 1) with weights {@code 1 - highWeight} and
 * {@code highWeight}, so that {@code (1 - highWeight) lowPosterior + highWeight highPosterior = prior},
 * and the sender's expected value is {@code value}. When the prior itself is optimal both posteriors
 * equal the prior (no information is revealed).
 *
 * @param prior the prior probability of state 1
 * @param value the sender's optimal expected value (the concave hull at the prior)
 * @param lowPosterior the posterior after the "low" signal
 * @param highPosterior the posterior after the "high" signal
 * @param highWeight the probability of the "high" signal
 */
public record PersuasionSolution(double prior, double value, double lowPosterior, double highPosterior,
    double highWeight) {

  /** {@code P(high signal | state 1)}: the signal's likelihood in state 1 (1 when the prior is 0). */
  public double highSignalGivenStateOne() {
    return prior == 0 ? 1 : Math.min(1, highWeight * highPosterior / prior);
  }

  /** {@code P(high signal | state 0)}: the signal's likelihood in state 0 (0 when the prior is 1). */
  public double highSignalGivenStateZero() {
    return prior == 1 ? 0 : Math.min(1, highWeight * (1 - highPosterior) / (1 - prior));
  }
}
