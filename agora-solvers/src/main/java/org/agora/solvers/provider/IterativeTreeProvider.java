package org.agora.solvers.provider;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressMeter;
import org.agora.core.solve.SolveLimits;
import org.agora.solvers.cfr.Convergence;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/**
 * An {@link IterativeSolver} run for {@code iterations} by {@link Convergence}, its average policy
 * measured every {@code sample_every} iterations (about 50 points when 0) and at the end. Progress is
 * counted in iterations, cancellation is polled before each iteration, and the solver (with its
 * threads) is closed before the result is returned.
 */
abstract class IterativeTreeProvider extends TreeSolverProvider {

  /** Points of the curve when {@code sample_every} is 0. */
  private static final int DEFAULT_POINTS = 50;

  IterativeTreeProvider(String name, String description, ParameterSpec... own) {
    super(name, description, declarations(own));
  }

  private static List<ParameterSpec> declarations(ParameterSpec... own) {
    List<ParameterSpec> all = new ArrayList<>(List.of(SolverParameters.ITERATIONS, SolverParameters.SAMPLE_EVERY_TREE));
    all.addAll(List.of(own));
    return all;
  }

  @Override
  public final boolean iterative() {
    return true;
  }

  /** A fresh solver on {@code tree} with these parameters. */
  abstract IterativeSolver solver(GameTree tree, GameParameters values);

  @Override
  protected final TreeResultBuilder solveTree(GameTree tree, GameParameters values, SolveLimits limits,
      JobContext context) {
    int iterations = values.getInt("iterations");
    int every = values.getInt("sample_every") > 0 ? values.getInt("sample_every")
        : Math.max(1, iterations / DEFAULT_POINTS);
    try (IterativeSolver solver = solver(tree, values)) {
      Convergence.Curve curve = Convergence.run(solver, iterations, every, null, ProgressMeter.of(context, iterations));
      return result(tree, "average policy", solver.averageBehaviour()).curve(curve);
    }
  }
}
