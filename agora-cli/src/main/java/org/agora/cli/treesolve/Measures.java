package org.agora.cli.treesolve;

import org.agora.core.GameType;
import org.agora.solvers.tree.GameTree;

/** Which distance from equilibrium the CLI reports for a tree. */
final class Measures {

  private Measures() {}

  /** True when exploitability is defined (constant-sum games); NashConv is reported otherwise. */
  static boolean exploitabilityDefined(GameTree tree) {
    GameType.Utility utility = tree.game().type().utility();
    return utility == GameType.Utility.ZERO_SUM || utility == GameType.Utility.CONSTANT_SUM;
  }
}
