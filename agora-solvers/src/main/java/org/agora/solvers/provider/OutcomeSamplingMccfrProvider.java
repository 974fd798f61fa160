package org.agora.solvers.provider;

import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.solvers.cfr.OutcomeSamplingMccfr;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/** {@code mccfr-os}: outcome-sampling Monte Carlo CFR ({@link OutcomeSamplingMccfr}); see {@link IterativeTreeProvider}. */
public final class OutcomeSamplingMccfrProvider extends IterativeTreeProvider {

  public OutcomeSamplingMccfrProvider() {
    super("mccfr-os", "outcome-sampling Monte Carlo CFR (Lanctot et al. 2009), exploration"
        + " --epsilon; --seed", SolverParameters.SEED, SolverParameters.EPSILON);
  }

  @Override
  IterativeSolver solver(GameTree tree, GameParameters values) {
    return new OutcomeSamplingMccfr(tree, new SplittableRandom(values.getLong("seed")),
        values.getDouble("epsilon"));
  }
}
