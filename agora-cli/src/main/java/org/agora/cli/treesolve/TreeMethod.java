package org.agora.cli.treesolve;

import org.agora.cli.output.ProgressBar;
import org.agora.solvers.tree.GameTree;

/** One {@code --method} of {@code agora solve} that works on the compiled game tree (CFR family, sequence form, XFP). */
public interface TreeMethod {

  /** Name on the command line, e.g. {@code cfr+}. */
  String name();

  /** One line for help. */
  String description();

  /** True for iterative methods, which advance a progress bar by their iterations. */
  boolean iterative();

  /** True when the method needs the tree's exact values (unless {@code --floating}). */
  default boolean needsExactValues() {
    return false;
  }

  /**
   * Solves the game.
   *
   * @param progress advanced by iterative methods; may be null
   * @throws IllegalArgumentException when the method does not apply to the game (message shown as is)
   */
  TreeReport solve(GameTree tree, TreeSettings settings, ProgressBar progress);
}
