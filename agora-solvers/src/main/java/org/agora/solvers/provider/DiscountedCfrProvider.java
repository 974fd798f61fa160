package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.solvers.cfr.CfrOptions;
import org.agora.solvers.cfr.DiscountedCfrSolver;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/** {@code dcfr}: discounted CFR ({@link DiscountedCfrSolver}); see {@link IterativeTreeProvider}. */
public final class DiscountedCfrProvider extends IterativeTreeProvider {

  public DiscountedCfrProvider() {
    super("dcfr", "discounted CFR (Brown and Sandholm 2019), --alpha --beta --gamma; --threads", SolverParameters.THREADS, SolverParameters.ALPHA, SolverParameters.BETA, SolverParameters.GAMMA);
  }

  @Override
  IterativeSolver solver(GameTree tree, GameParameters values) {
    return new DiscountedCfrSolver(tree, values.getDouble("alpha"), values.getDouble("beta"),
        values.getDouble("gamma"), threads(values));
  }

  private static CfrOptions threads(GameParameters values) {
    return CfrOptions.defaults().withThreads(values.getInt("threads"));
  }
}
