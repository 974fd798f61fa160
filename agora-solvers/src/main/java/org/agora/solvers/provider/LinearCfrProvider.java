package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.solvers.cfr.CfrOptions;
import org.agora.solvers.cfr.LinearCfrSolver;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/** {@code lcfr}: linear CFR ({@link LinearCfrSolver}); see {@link IterativeTreeProvider}. */
public final class LinearCfrProvider extends IterativeTreeProvider {

  public LinearCfrProvider() {
    super("lcfr", "linear CFR (Brown and Sandholm 2019); --threads", SolverParameters.THREADS);
  }

  @Override
  IterativeSolver solver(GameTree tree, GameParameters values) {
    return new LinearCfrSolver(tree, threads(values));
  }

  private static CfrOptions threads(GameParameters values) {
    return CfrOptions.defaults().withThreads(values.getInt("threads"));
  }
}
