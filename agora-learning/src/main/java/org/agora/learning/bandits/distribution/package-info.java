/**
 * The samplers and special functions the bandit arms and Bayesian policies need, written here because
 * agora-core and agora-learning take no third-party dependency: gamma, beta and Poisson sampling, the
 * log-gamma function, and the regularised incomplete beta function with its inverse.
 */
package org.agora.learning.bandits.distribution;
