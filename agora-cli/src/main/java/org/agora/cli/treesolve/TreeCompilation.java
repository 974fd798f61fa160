package org.agora.cli.treesolve;

import org.agora.cli.CommandFailure;
import org.agora.cli.DeepStack;
import org.agora.core.Game;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;

/** Compiles a game for the tree commands, on a deep stack, with a hint when the node limit stops it. */
public final class TreeCompilation {

  private TreeCompilation() {}

  /**
   * The compiled tree of {@code game}.
   *
   * @throws CommandFailure when the tree has more than {@code maxNodes} nodes (the message names the option)
   */
  public static GameTree compile(Game game, long maxNodes, boolean exact) {
    try {
      return DeepStack.call("compiling the game tree", () -> GameTreeCompiler.compile(game, maxNodes, exact));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().contains(" has more than " + maxNodes + " nodes")) {
        throw new CommandFailure(e.getMessage()
            + " (see --max-nodes; larger trees may need more memory: JAVA_TOOL_OPTIONS=-Xmx...)");
      }
      throw e;
    }
  }
}
