/**
 * The solver providers: one {@link org.agora.core.solve.SolverProvider} per method of
 * {@code agora solve} (normal-form Nash solvers, correlated equilibria, learning dynamics, the CFR
 * family, Monte Carlo CFR, extensive-form fictitious play and the sequence form), each declaring only
 * its own options, registered in {@code META-INF/services/org.agora.core.solve.SolverProvider} in the
 * order help lists them; the shared input preparation ({@link org.agora.solvers.provider.SolveInputs}),
 * the builders that evaluate what a solver found into a {@link org.agora.core.solve.SolveResult}, and the
 * {@code solve} job kind ({@link org.agora.solvers.provider.SolveJob}).
 */
package org.agora.solvers.provider;
