package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.solvers.cfr.CfrOptions;
import org.agora.solvers.cfr.CfrPlusSolver;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/** {@code cfr+}: CFR+ ({@link CfrPlusSolver}); see {@link IterativeTreeProvider}. */
public final class CfrPlusProvider extends IterativeTreeProvider {

  public CfrPlusProvider() {
    super("cfr+", "CFR+ (Tammelin 2014): regret matching+, alternating updates, linear"
        + " averaging; --threads", SolverParameters.THREADS);
  }

  @Override
  IterativeSolver solver(GameTree tree, GameParameters values) {
    return new CfrPlusSolver(tree, threads(values));
  }

  private static CfrOptions threads(GameParameters values) {
    return CfrOptions.defaults().withThreads(values.getInt("threads"));
  }
}
