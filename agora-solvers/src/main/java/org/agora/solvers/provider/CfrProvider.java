package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.solvers.cfr.CfrOptions;
import org.agora.solvers.cfr.CfrSolver;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/** {@code cfr}: counterfactual regret minimisation ({@link CfrSolver}); see {@link IterativeTreeProvider}. */
public final class CfrProvider extends IterativeTreeProvider {

  public CfrProvider() {
    super("cfr", "counterfactual regret minimisation (Zinkevich et al. 2007), alternating"
        + " updates; --threads", SolverParameters.THREADS);
  }

  @Override
  IterativeSolver solver(GameTree tree, GameParameters values) {
    return new CfrSolver(tree, threads(values));
  }

  private static CfrOptions threads(GameParameters values) {
    return CfrOptions.defaults().withThreads(values.getInt("threads"));
  }
}
