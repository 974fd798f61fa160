/**
 * Counterfactual regret minimisation on a compiled {@link org.agora.solvers.tree.GameTree}: the
 * full-tree sweep shared by CFR, CFR+, linear and discounted CFR and predictive CFR+ (parallel
 * over subtrees, bit-identical on any thread count), external- and outcome-sampling Monte Carlo
 * CFR, CFR-BR, the one regret-matching/averaging kernel they all use ({@link
 * org.agora.solvers.cfr.RegretKernel}) and the convergence runner that records their curves.
 */
package org.agora.solvers.cfr;
