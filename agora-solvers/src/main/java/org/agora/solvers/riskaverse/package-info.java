/**
 * Risk-averse equilibria of normal-form games: each player, given the others' mixed strategies,
 * minimises the variance of its reward among (near-)expected-reward-optimal strategies (Slumbers,
 * Mguni, Blumberg, McAleer, Yang and Wang, "A Game-Theoretic Framework for Managing Risk in
 * Multi-Agent Systems", ICML 2023, PMLR 202; arXiv:2205.15434).
 */
package org.agora.solvers.riskaverse;
