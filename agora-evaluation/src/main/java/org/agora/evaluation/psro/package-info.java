/**
 * Policy-space response oracles (PSRO; Lanctot et al., "A Unified Game-Theoretic Approach to
 * Multiagent Reinforcement Learning", NeurIPS 2017) on a compiled game tree: tabular policies,
 * exact best-response oracles, a meta-game of exact expected returns, pluggable meta-solvers and
 * the meta-game exposed as a cross-table and as tournament records.
 */
package org.agora.evaluation.psro;
