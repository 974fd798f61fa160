package org.agora.core.solve;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobContext;

/**
 * Service-provider interface through which modules register solvers with {@link SolverRegistry}, as
 * games register through {@link org.agora.core.GameProvider}. List implementations in
 * {@code META-INF/services/org.agora.core.solve.SolverProvider}, in the order listings show them; each
 * needs a public no-argument constructor and is stateless.
 */
public interface SolverProvider {

  /** Name in solver strings and on the command line, e.g. {@code lcp} or {@code cfr+}. */
  String name();

  /** One line for help: the algorithm, its reference and whether it is exact. */
  String description();

  /** The solver's own options, in the order help shows them; only what this solver reads. */
  List<ParameterSpec> parameters();

  /** What the solver works on. */
  SolverInput input();

  /** True for iterative solvers, which report progress in iterations and poll cancellation between them. */
  boolean iterative();

  /**
   * What the solver's progress counts, plural, e.g. {@code iterations}, {@code pivots} or
   * {@code support pairs}; exact solvers report these steps with an unknown total ({@code -1}).
   */
  default String progressUnit() {
    return iterative() ? "iterations" : "steps";
  }

  /**
   * True when the solver wants the game's exact values (rational chance probabilities and payoffs)
   * with these parameters, so the tree is compiled with them.
   */
  default boolean wantsExactValues(GameParameters parameters) {
    return false;
  }

  /**
   * Solves {@code game}. Parameters are already validated against {@link #parameters()}. Iterative
   * solvers report iterations done out of the total to {@code context.progress()}, poll
   * {@code context.cancellation()} between iterations and close their thread pools before returning.
   *
   * @throws IllegalArgumentException when the solver does not apply to the game (the message says why)
   * @throws org.agora.core.job.JobCancelledException when cancelled
   */
  SolveResult solve(Game game, GameParameters parameters, SolveLimits limits, JobContext context);
}
