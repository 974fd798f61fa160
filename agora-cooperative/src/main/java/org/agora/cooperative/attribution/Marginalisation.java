package org.agora.cooperative.attribution;

/** How {@link FeatureReturnGame} fills in the features a coalition does not observe. */
public enum Marginalisation {
  /**
   * Average the policy's action distribution over observations whose hidden features come from
   * reference observations drawn uniformly at random (an unbiased estimate of the policy marginalised
   * over the reference distribution, feature independence assumed).
   */
  REFERENCE_SAMPLES,
  /** Replace each hidden feature by its mean over the reference observations (one policy call). */
  REFERENCE_MEAN
}
