/**
 * Depth-limited minimax search with alpha-beta pruning for two-player zero-sum games of perfect
 * information ({@link org.agora.agents.search.AlphaBetaSearch}), the agent that plays it ({@code
 * alphabeta}) and the heuristic {@link org.agora.agents.search.Evaluator}s that value its leaves.
 */
package org.agora.agents.search;
