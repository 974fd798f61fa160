/**
 * Equilibria of two-player extensive games with perfect recall through the sequence form (Koller,
 * Megiddo and von Stengel, "Efficient computation of equilibria for extensive two-person games",
 * Games and Economic Behavior 14, 1996; von Stengel, "Efficient computation of behavior
 * strategies", Games and Economic Behavior 14, 1996), whose size is linear in the game tree where
 * the normal form is exponential.
 *
 * <ul>
 *   <li>{@link org.agora.solvers.sequenceform.SequenceForm}: sequences, constraint matrices E and F,
 *       sparse payoff matrices A and B (exact and double) built from a compiled
 *       {@link org.agora.solvers.tree.GameTree}; checks two players and perfect recall.
 *   <li>{@link org.agora.solvers.sequenceform.SequenceFormLpSolver}: zero-sum (and constant-sum)
 *       value and optimal behaviour strategies by the sequence-form LP, exactly (integer-pivoting
 *       two-phase simplex) or in floating point (ojAlgo).
 *   <li>{@link org.agora.solvers.sequenceform.SequenceFormLcpSolver}: one Nash equilibrium of a
 *       general-sum game by Lemke's algorithm on the sequence-form LCP, exactly.
 * </ul>
 *
 * <p>Exact results can be checked with
 * {@link org.agora.solvers.bestresponse.ExactBestResponse#nashConv}, which is zero exactly at an
 * equilibrium. The exact simplex and Lemke's algorithm use dense integer tableaux and suit games
 * with up to a few hundred sequences per player (Kuhn poker: well under a millisecond for the LP).
 * For larger zero-sum games (Leduc poker, about 1,100 sequences per player)
 * {@link org.agora.solvers.sequenceform.SequenceFormLpSolver#solveExactByReconstruction} solves the
 * LP in floating point, recovers the exact equilibrium on its supports by sparse rational
 * elimination and certifies it by exact NashConv (a few seconds on Leduc).
 */
package org.agora.solvers.sequenceform;
