/**
 * Alpha-rank (S. Omidshafiei, C. Papadimitriou, G. Piliouras, K. Tuyls, M. Rowland, J.-B. Lespiau,
 * W. M. Czarnecki, M. Lanctot, J. Perolat and R. Munos, "α-Rank: Multi-Agent Evaluation by
 * Evolution", Scientific Reports 9, 9937, 2019): the stationary distribution of an evolutionary
 * Markov chain over pure strategy profiles, for single- and multi-population games
 * ({@link org.agora.evaluation.alpharank.AlphaRank}).
 */
package org.agora.evaluation.alpharank;
