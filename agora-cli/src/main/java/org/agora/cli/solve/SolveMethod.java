package org.agora.cli.solve;

import org.agora.cli.output.ProgressBar;
import org.agora.core.normalform.NormalFormGame;

/** One {@code --method} of {@code agora solve}: runs a solver and describes what it found. */
public interface SolveMethod {

  /** Name on the command line, e.g. {@code lcp}. */
  String name();

  /** One line for help: the algorithm and whether it is exact. */
  String description();

  /** True for iterative methods, which advance a progress bar by their iterations. */
  default boolean reportsProgress() {
    return false;
  }

  /**
   * Solves the game.
   *
   * @param progress advanced by iterative methods; may be null
   * @throws IllegalArgumentException when the method does not apply to the game (message shown as is)
   */
  SolveReport solve(NormalFormGame game, SolveSettings settings, ProgressBar progress);
}
