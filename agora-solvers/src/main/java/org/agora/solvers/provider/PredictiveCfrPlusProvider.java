package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.solvers.cfr.CfrOptions;
import org.agora.solvers.cfr.PredictiveCfrPlusSolver;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/** {@code pcfr+}: predictive CFR+ ({@link PredictiveCfrPlusSolver}); see {@link IterativeTreeProvider}. */
public final class PredictiveCfrPlusProvider extends IterativeTreeProvider {

  public PredictiveCfrPlusProvider() {
    super("pcfr+", "predictive CFR+ (Farina, Kroer and Sandholm 2021); --threads", SolverParameters.THREADS);
  }

  @Override
  IterativeSolver solver(GameTree tree, GameParameters values) {
    return new PredictiveCfrPlusSolver(tree, threads(values));
  }

  private static CfrOptions threads(GameParameters values) {
    return CfrOptions.defaults().withThreads(values.getInt("threads"));
  }
}
