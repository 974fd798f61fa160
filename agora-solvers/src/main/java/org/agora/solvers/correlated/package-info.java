/**
 * Correlated equilibria (Aumann 1974) and coarse correlated equilibria (Moulin and Vial 1978;
 * Hannan 1957) of N-player normal-form games.
 *
 * <ul>
 *   <li>{@link org.agora.solvers.correlated.CorrelatedDistribution}: a distribution over pure
 *       profiles (marginals, expected payoffs, welfare, entropy).
 *   <li>{@link org.agora.solvers.correlated.CorrelatedMeasures}: CE and CCE deviation gains, gaps and
 *       violated constraints.
 *   <li>{@link org.agora.solvers.correlated.CorrelatedEquilibriumSolver}: an equilibrium by linear
 *       programming (ojAlgo), optionally maximising welfare, the smallest payoff or entropy, under
 *       caller {@link org.agora.solvers.correlated.LinearConstraint}s.
 * </ul>
 */
package org.agora.solvers.correlated;
