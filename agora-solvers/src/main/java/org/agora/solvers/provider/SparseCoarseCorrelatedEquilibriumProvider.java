package org.agora.solvers.provider;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobContext;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolverOptionException;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.agora.solvers.testing.SparseCoarseCorrelatedEquilibrium;

/** {@code sparse-cce}: a coarse correlated equilibrium on at most k profiles ({@link SparseCoarseCorrelatedEquilibrium}). */
public final class SparseCoarseCorrelatedEquilibriumProvider extends NormalFormSolverProvider {

  static final ParameterSpec SUPPORT = ParameterSpec.integer("support", 10, 1, 10_000_000,
      "sparse-cce: the number k of profiles drawn (support size bound)");

  public SparseCoarseCorrelatedEquilibriumProvider() {
    super("sparse-cce", "approximate coarse correlated equilibrium on at most k profiles: LP, sampling, re-optimised "
        + "weights (--support, --objective, --seed)", List.of(SUPPORT, SolverParameters.OBJECTIVE, SolverParameters.SEED));
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    String objectiveName = values.getString("objective");
    if (objectiveName.equals("entropy")) {
      throw new SolverOptionException("objective",
          "sparse-cce takes a linear objective: feasible, welfare or maxmin, not entropy");
    }
    long profiles = game.profileCount();
    long rows = 1;
    for (int player = 0; player < game.playerCount(); player++) {
      rows += game.strategyCount(player);
    }
    limits.checkTableau(work(game), "floating-point LP tableau", rows, profiles + rows, false);
    SparseCoarseCorrelatedEquilibrium.Result sparse = SparseCoarseCorrelatedEquilibrium.compute(game,
        values.getInt("support"), CorrelatedProvider.objective(objectiveName), new SplittableRandom(values.getLong("seed")));
    return result(game, "sparse coarse correlated equilibrium").distribution(sparse.distribution())
        .note(String.format(Locale.ROOT, "support %d profile(s) from %d draws; CCE gap %.6g after re-optimising the "
                + "weights, %.6g as drawn (Hoeffding bound at 95%%: %.3g)", sparse.support(), values.getInt("support"),
            sparse.gap(), sparse.sampledGap(), sparse.bound()));
  }
}
