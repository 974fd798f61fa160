package org.agora.evaluation.alpharank;

import java.util.Arrays;

/**
 * The outcome of alpha-rank (Omidshafiei et al., "α-Rank: Multi-Agent Evaluation by Evolution",
 * Scientific Reports 2019).
 *
 * @param strategyCounts strategies per population (one entry for a single-population game)
 * @param alpha the ranking intensity
 * @param populationSize the population size m
 * @param stationary the stationary distribution over pure strategy profiles (the first population's
 *     strategy most significant in the index); non-negative, summing to 1
 * @param marginals each population's strategy masses (the stationary distribution's marginals),
 *     concatenated population by population; use {@link #marginal(int)}
 */
public record AlphaRankResult(int[] strategyCounts, double alpha, int populationSize, double[] stationary,
    double[] marginals) {

  /** The mass of each strategy of {@code population}: its alpha-rank score. */
  public double[] marginal(int population) {
    int offset = 0;
    for (int k = 0; k < population; k++) {
      offset += strategyCounts[k];
    }
    return Arrays.copyOfRange(marginals, offset, offset + strategyCounts[population]);
  }
}
