/**
 * The normal-form methods of {@code agora solve} (equilibrium enumeration, zero-sum LP, logit QRE,
 * learning dynamics, correlated equilibria), their shared settings, the {@link
 * org.agora.cli.solve.SolveReport} each returns and its text and JSON output.
 */
package org.agora.cli.solve;
