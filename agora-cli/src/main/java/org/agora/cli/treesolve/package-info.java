/**
 * The tree methods of {@code agora solve} for extensive-form games (the CFR family, Monte Carlo
 * CFR, fictitious play and the sequence form), run on a compiled {@link
 * org.agora.solvers.tree.GameTree}: their settings, the compilation step, the convergence
 * measures, the {@link org.agora.cli.treesolve.TreeReport} each returns and its output.
 */
package org.agora.cli.treesolve;
