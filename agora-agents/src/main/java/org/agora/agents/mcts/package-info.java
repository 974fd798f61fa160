/**
 * Monte-Carlo tree search agents: UCT with MCTS-Solver and regret matching at simultaneous nodes
 * ({@link org.agora.agents.mcts.MctsAgent}) and single-observer information-set MCTS
 * ({@link org.agora.agents.mcts.InformationSetMctsAgent}) with its determinization sampler; both
 * are {@link org.agora.core.StateAgent}s and score leaves with
 * {@link org.agora.agents.search.Evaluator}.
 */
package org.agora.agents.mcts;
