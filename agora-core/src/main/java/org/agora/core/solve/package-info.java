/**
 * The solver service-provider interface and what solvers return: a {@link org.agora.core.solve.SolverProvider}
 * declares a solver's name, its typed options ({@link org.agora.core.ParameterSpec}, as games declare
 * theirs), the input it works on and whether it iterates; {@link org.agora.core.solve.SolverRegistry}
 * finds providers through {@link java.util.ServiceLoader} and parses solver strings such as
 * {@code cfr+(iterations=1000,threads=2)}; every solver returns a sealed
 * {@link org.agora.core.solve.SolveResult} holding the equilibria, distributions, curves and
 * policies together with the measures people are shown, so that the CLI, the workbench and Spark only
 * render them.
 */
package org.agora.core.solve;
