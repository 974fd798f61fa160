package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.solvers.cfr.CfrBestResponseSolver;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/** {@code cfr-br}: CFR against best responses ({@link CfrBestResponseSolver}); see {@link IterativeTreeProvider}. */
public final class CfrBestResponseProvider extends IterativeTreeProvider {

  public CfrBestResponseProvider() {
    super("cfr-br", "CFR against best responses (Johanson et al. 2012), two players");
  }

  @Override
  IterativeSolver solver(GameTree tree, GameParameters values) {
    return new CfrBestResponseSolver(tree);
  }
}
