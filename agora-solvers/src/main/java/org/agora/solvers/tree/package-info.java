/**
 * The flat game tree of the algorithms that sweep a whole extensive game many times: {@link
 * org.agora.solvers.tree.GameTree} (nodes, players, information-state ids, children, chance
 * probabilities and utilities in primitive arrays), the {@link
 * org.agora.solvers.tree.GameTreeCompiler} that builds it from the one walk of agora-core, its
 * statistics and the {@link org.agora.solvers.tree.IterativeSolver} contract.
 */
package org.agora.solvers.tree;
