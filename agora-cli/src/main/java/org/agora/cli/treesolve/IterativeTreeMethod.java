package org.agora.cli.treesolve;

import java.util.function.BiFunction;
import org.agora.cli.output.ProgressBar;
import org.agora.solvers.cfr.Convergence;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/**
 * An {@link IterativeSolver} run for {@code --iterations} by {@link Convergence}, its average
 * policy measured every {@code --sample-every} iterations and at the end.
 */
final class IterativeTreeMethod implements TreeMethod {

  private final String name;
  private final String description;
  private final BiFunction<GameTree, TreeSettings, IterativeSolver> factory;

  IterativeTreeMethod(String name, String description, BiFunction<GameTree, TreeSettings, IterativeSolver> factory) {
    this.name = name;
    this.description = description;
    this.factory = factory;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean iterative() {
    return true;
  }

  @Override
  public TreeReport solve(GameTree tree, TreeSettings settings, ProgressBar progress) {
    IterativeSolver solver = factory.apply(tree, settings);
    long[] reported = {0};
    Convergence.Curve curve = Convergence.run(solver, settings.iterations(), settings.every(),
        (iteration, value, seconds) -> {
          if (progress != null) {
            progress.advance(iteration - reported[0]);
          }
          reported[0] = iteration;
        });
    return new TreeReport("average policy", solver.averageBehaviour()).curve(curve);
  }
}
