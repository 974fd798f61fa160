/**
 * The normal-form side of {@code agora solve}: the solver flags built from the providers' parameter
 * declarations ({@link org.agora.cli.solve.SolverOptions}) and the rendering of a
 * {@link org.agora.core.solve.NormalFormSolveResult} as text, Gambit {@code NE,...} lines or JSON
 * ({@link org.agora.cli.solve.SolveOutput}). The solvers themselves live in agora-solvers.
 */
package org.agora.cli.solve;
