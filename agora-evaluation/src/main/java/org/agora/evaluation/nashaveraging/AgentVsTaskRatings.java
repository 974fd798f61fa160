package org.agora.evaluation.nashaveraging;

/**
 * Nash averaging of an agent-vs-task evaluation (Balduzzi et al., "Re-evaluating Evaluation",
 * NeurIPS 2018, Section 4): the maximum-entropy Nash equilibrium of the zero-sum meta-game in which
 * one meta-player picks an agent, the other a task, and the agent meta-player receives the score.
 *
 * @param value the meta-game's value: the score the equilibrium agent mixture guarantees on every
 *     task (and the equilibrium task mixture holds every agent to)
 * @param agentWeights the agent meta-player's maximum-entropy equilibrium strategy {@code p_a}
 * @param taskWeights the task meta-player's maximum-entropy equilibrium strategy {@code p_e}
 * @param agentSkills {@code S p_e}: each agent's score averaged over the equilibrium task mixture
 *     (at most the value; equal to it on the agents' support)
 * @param taskDifficulties {@code -S^T p_a}: minus the score the equilibrium agent mixture gets on each
 *     task (at most minus the value; equal to it on the tasks' support), as in the Nash average
 *     {@code A (p_a, p_e)} of the antisymmetric matrix {@code A = [[0, S], [-S^T, 0]]}
 */
public record AgentVsTaskRatings(double value, double[] agentWeights, double[] taskWeights, double[] agentSkills,
    double[] taskDifficulties) {}
