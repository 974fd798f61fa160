package org.agora.evaluation.nashaveraging;

/**
 * Nash averaging of an agent-vs-agent evaluation (Balduzzi et al., "Re-evaluating Evaluation",
 * NeurIPS 2018, Section 4).
 *
 * @param weights the maximum-entropy Nash equilibrium p of the antisymmetric matrix A (one weight per
 *     agent, summing to 1; agents outside every equilibrium get exactly 0)
 * @param ratings the Nash average {@code A p}: agent i's expected payoff against the equilibrium
 *     mixture; at most 0 for every agent and 0 on the equilibrium's support
 */
public record AgentVsAgentRatings(double[] weights, double[] ratings) {}
