package org.agora.solvers.cfr;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.core.GameRegistry;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;

/** Compiled trees shared by this package's tests (each compiled once per test JVM). */
final class SolverTrees {

  private static final Map<String, GameTree> TREES = new ConcurrentHashMap<>();

  private SolverTrees() {}

  static GameTree tree(String name) {
    return TREES.computeIfAbsent(name, key -> GameTreeCompiler.compile(GameRegistry.create(key)));
  }

  /** Largest deviation of any information-state row of {@code behaviour} from a probability distribution. */
  static double distributionError(GameTree tree, double[] behaviour) {
    double error = 0.0;
    int width = tree.maxActions();
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      double total = 0.0;
      for (int k = 0; k < width; k++) {
        double probability = behaviour[infoset * width + k];
        if (k >= tree.actionCount(infoset)) {
          error = Math.max(error, Math.abs(probability));
        } else {
          error = Math.max(error, Math.max(-probability, probability - 1.0));
          total += probability;
        }
        if (Double.isNaN(probability)) {
          return Double.NaN;
        }
      }
      error = Math.max(error, Math.abs(total - 1.0));
    }
    return error;
  }
}
