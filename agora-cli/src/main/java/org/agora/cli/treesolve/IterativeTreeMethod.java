package org.agora.cli.treesolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.agora.cli.output.ProgressBar;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/**
 * An {@link IterativeSolver} run for {@code --iterations}, its average policy's exploitability
 * (two-player constant-sum games) or NashConv (otherwise) measured every {@code --sample-every}
 * iterations and at the end.
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
    boolean exploitability = Measures.exploitabilityDefined(tree);
    List<long[]> points = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    long solverNanos = 0;
    for (int done = 0; done < settings.iterations(); ) {
      int chunk = Math.min(settings.every(), settings.iterations() - done);
      long start = System.nanoTime();
      solver.iterate(chunk);
      solverNanos += System.nanoTime() - start;
      done += chunk;
      double[] average = solver.averageBehaviour();
      double measure = exploitability ? Exploitability.exploitability(tree, average) : Exploitability.nashConv(tree, average);
      points.add(new long[] {solver.iterations()});
      values.add(new double[] {measure, solverNanos / 1e9});
      if (progress != null) {
        progress.advance(chunk);
      }
    }
    long[] iterations = new long[points.size()];
    double[] measures = new double[points.size()];
    double[] seconds = new double[points.size()];
    for (int i = 0; i < iterations.length; i++) {
      iterations[i] = points.get(i)[0];
      measures[i] = values.get(i)[0];
      seconds[i] = values.get(i)[1];
    }
    return new TreeReport("average policy", solver.averageBehaviour())
        .curve(new TreeReport.Curve(exploitability ? "exploitability" : "NashConv", iterations, measures, seconds));
  }
}
