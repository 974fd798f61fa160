/**
 * Bandit problems: stationary stochastic arms (Bernoulli, Gaussian, exponential, Poisson),
 * piecewise-stationary arms, adversarial reward sequences, and offline evaluation by replay of logged
 * data. {@link org.agora.learning.bandits.arm.StandardBanditProblems} registers them by name.
 */
package org.agora.learning.bandits.arm;
