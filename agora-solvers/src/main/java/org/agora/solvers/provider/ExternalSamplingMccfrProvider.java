package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.solvers.cfr.ExternalSamplingMccfr;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/** {@code mccfr-es}: external-sampling Monte Carlo CFR ({@link ExternalSamplingMccfr}); see {@link IterativeTreeProvider}. */
public final class ExternalSamplingMccfrProvider extends IterativeTreeProvider {

  public ExternalSamplingMccfrProvider() {
    super("mccfr-es", "external-sampling Monte Carlo CFR (Lanctot et al. 2009); one iteration"
        + " = one traversal per player; --seed", SolverParameters.SEED);
  }

  @Override
  IterativeSolver solver(GameTree tree, GameParameters values) {
    return new ExternalSamplingMccfr(tree, values.getLong("seed"));
  }
}
