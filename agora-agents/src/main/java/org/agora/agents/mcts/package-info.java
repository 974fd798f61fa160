/**
 * Monte-Carlo tree search agents: UCT ({@link org.agora.agents.mcts.MctsAgent}, regret matching at
 * simultaneous nodes) and single-observer information-set MCTS ({@link
 * org.agora.agents.mcts.InformationSetMctsAgent}, which searches over determinizations drawn by a
 * {@link org.agora.agents.mcts.HistorySampler}), their providers ({@code mcts}, {@code ismcts})
 * and the leaf {@link org.agora.agents.mcts.Evaluator}s they use.
 */
package org.agora.agents.mcts;
