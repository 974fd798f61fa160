package org.agora.cli.solve;

import java.util.List;
import org.agora.cli.output.ProgressBar;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.nash.NashClique;
import org.agora.solvers.nash.VertexEnumerationSolver;

/**
 * {@code enummixed}: every extreme Nash equilibrium of a two-player game by vertex enumeration,
 * exact, with the maximal Nash subsets (cliques) they form.
 */
final class VertexEnumerationMethod implements SolveMethod {

  @Override
  public String name() {
    return "enummixed";
  }

  @Override
  public String description() {
    return "all extreme equilibria and maximal Nash subsets by vertex enumeration, two players (exact)";
  }

  @Override
  public SolveReport solve(NormalFormGame game, SolveSettings settings, ProgressBar progress) {
    VertexEnumerationSolver solver = new VertexEnumerationSolver();
    SolveReport report = new SolveReport("Nash equilibrium").addExact(solver.extremeEquilibria(game));
    List<NashClique> cliques = solver.maximalNashSubsets(game);
    for (int c = 0; c < cliques.size(); c++) {
      NashClique clique = cliques.get(c);
      report.note("maximal Nash subset " + (c + 1) + ": hull " + clique.rowStrategies() + " x hull "
          + clique.columnStrategies());
    }
    if (!cliques.isEmpty()) {
      report.note("(every mix of a subset's row strategies against every mix of its column strategies is an"
          + " equilibrium)");
    }
    return report;
  }
}
