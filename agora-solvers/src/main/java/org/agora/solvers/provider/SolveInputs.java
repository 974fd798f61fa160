package org.agora.solvers.provider;

import org.agora.core.Game;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.tree.ReducedNormalForm;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;

/** Turns a game into what a solver works on: its (reduced) normal form or its compiled tree. */
public final class SolveInputs {

  private SolveInputs() {}

  /**
   * The game itself when it is a normal-form game, otherwise its reduced normal form.
   *
   * @throws IllegalArgumentException when the reduced normal form has more than {@code maxProfiles} profiles
   */
  public static NormalFormGame normalForm(Game game, long maxProfiles) {
    if (game instanceof NormalFormGame normalForm) {
      return normalForm;
    }
    return ReducedNormalForm.of(game, maxProfiles);
  }

  /**
   * The compiled tree of {@code game}, with exact values when {@code exact}.
   *
   * @throws IllegalArgumentException when the tree has more than {@code maxNodes} nodes
   */
  public static GameTree tree(Game game, long maxNodes, boolean exact) {
    return GameTreeCompiler.compile(game, maxNodes, exact);
  }
}
