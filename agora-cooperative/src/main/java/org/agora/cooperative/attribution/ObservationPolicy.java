package org.agora.cooperative.attribution;

/**
 * A stochastic policy over a game's {@code float[]} observation tensor (see {@link
 * org.agora.core.ObservationTensorWriter}): what {@link FeatureReturnGame} explains. A learned network,
 * a linear policy or a hand-written rule all fit; the policy is called with observations in which some
 * features have been replaced, so it must accept any values of the tensor's shape.
 */
@FunctionalInterface
public interface ObservationPolicy {

  /**
   * Writes the probability of each legal action: {@code probabilities[k]} for {@code legalActions[k]},
   * {@code k < legalCount}, non-negative and summing to 1. Must not keep or modify the arrays it is
   * handed (they are reused).
   */
  void actionProbabilities(float[] observation, int[] legalActions, int legalCount, double[] probabilities);
}
