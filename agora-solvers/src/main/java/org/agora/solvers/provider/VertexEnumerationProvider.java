package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressMeter;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.solvers.nash.NashClique;
import org.agora.solvers.nash.VertexEnumerationSolver;

/**
 * {@code enummixed}: every extreme Nash equilibrium of a two-player game by vertex enumeration
 * ({@link VertexEnumerationSolver}), exact, with the maximal Nash subsets (cliques) they form as notes.
 */
public final class VertexEnumerationProvider extends NormalFormSolverProvider {

  public VertexEnumerationProvider() {
    super("enummixed", "all extreme equilibria and maximal Nash subsets by vertex enumeration, two players (exact)",
        List.of());
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    if (game.playerCount() == 2) {
      int m = game.strategyCount(0);
      int n = game.strategyCount(1);
      long vertices = Math.max(WorkEstimates.vertexBound(m, m + n), WorkEstimates.vertexBound(n, m + n));
      SolveLimits.check(work(game), "best-response polytope vertices (upper bound theorem)", vertices,
          limits.maxVertices(), SolveLimits.MAX_VERTICES);
    }
    VertexEnumerationSolver solver = new VertexEnumerationSolver(ProgressMeter.of(context));
    NormalFormResultBuilder result = result(game, "Nash equilibrium").addExact(solver.extremeEquilibria(game));
    List<NashClique> cliques = solver.maximalNashSubsets(game);
    for (int c = 0; c < cliques.size(); c++) {
      NashClique clique = cliques.get(c);
      result.note("maximal Nash subset " + (c + 1) + ": hull " + clique.rowStrategies() + " x hull "
          + clique.columnStrategies());
    }
    if (!cliques.isEmpty()) {
      result.note("(every mix of a subset's row strategies against every mix of its column strategies is an"
          + " equilibrium)");
    }
    return result;
  }

  @Override
  public String progressUnit() {
    return "bases";
  }
}
