package org.agora.core.solve;

/**
 * The size of the compiled game tree a tree solver ran on.
 *
 * @param nodes nodes of the tree
 * @param informationStates information states of all players
 * @param buildMillis milliseconds the compilation took
 */
public record TreeSummary(int nodes, int informationStates, double buildMillis) {}
