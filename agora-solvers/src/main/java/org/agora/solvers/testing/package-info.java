/**
 * Equilibrium testing from sampled play and sparse coarse correlated equilibria.
 *
 * <ul>
 *   <li>{@link org.agora.solvers.testing.EquilibriumTester}: is a profile an epsilon-NE/CE/CCE, with
 *       confidence 1 - delta (Hoeffding and union bounds), from sampled joint actions and deviation rewards
 *       (Babichenko, Barman and Peretz's sampling test; compare Jiang et al., ICLR 2024, for bandit feedback).
 *   <li>{@link org.agora.solvers.testing.SparseCoarseCorrelatedEquilibrium}: a CCE on at most k profiles
 *       by LP, sampling and a re-optimising LP, with its gap (sparse in the sense of Foster, Golowich and
 *       Kakade, ICML 2023, with pure-profile components).
 *   <li>{@link org.agora.solvers.testing.Profiles}: mixed profiles from text.
 * </ul>
 */
package org.agora.solvers.testing;
