/**
 * Search over the full state: {@link org.agora.agents.search.AlphaBetaSearch} (minimax with
 * alpha-beta pruning, expectimax at chance nodes) and its agent, and the one leaf
 * {@link org.agora.agents.search.Evaluator} interface that alpha-beta and the MCTS agents share,
 * with its default, {@link org.agora.agents.search.RandomRolloutEvaluator}.
 */
package org.agora.agents.search;
