/**
 * Best responses and exploitability on a compiled {@link org.agora.solvers.tree.GameTree}:
 * expected returns and reach probabilities of a behaviour profile, exact best responses in
 * floating point and in rationals, and NashConv.
 */
package org.agora.solvers.bestresponse;
