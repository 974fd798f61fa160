/**
 * Constrained Phi-equilibria (Bernasconi, Castiglioni, Marchesi, Trovò and Gatti, ICML 2023):
 * correlated and coarse correlated equilibria of normal-form games whose players have expected-cost
 * budgets and may only deviate safely.
 *
 * <ul>
 *   <li>{@link org.agora.solvers.constrained.CostConstraint} and
 *       {@link org.agora.solvers.constrained.CostConstraints}: the budgets and their text syntax.
 *   <li>{@link org.agora.solvers.constrained.ConstrainedPhiEquilibriumSolver}: the exact LP or the
 *       multiplier-grid approximation, maximising a linear objective.
 *   <li>{@link org.agora.solvers.constrained.ConstrainedMeasures}: expected costs and safe-deviation gains.
 * </ul>
 */
package org.agora.solvers.constrained;
