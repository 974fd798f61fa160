/**
 * Single-player multi-armed bandits: the {@link org.agora.learning.bandits.BanditProblem} and
 * {@link org.agora.learning.bandits.BanditPolicy} interfaces, their string registry
 * ({@link org.agora.learning.bandits.BanditRegistry}), the simulation of one run with its regret
 * curve ({@link org.agora.learning.bandits.BanditSimulation}) and the deterministic multi-seed runner
 * ({@link org.agora.learning.bandits.BanditExperiment}). Arms live in {@code arm}, policies in
 * {@code policy}, the samplers and special functions they need in {@code distribution}; contextual
 * bandits and the decision market in {@code contextual}.
 */
package org.agora.learning.bandits;
