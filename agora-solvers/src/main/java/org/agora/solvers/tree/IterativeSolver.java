package org.agora.solvers.tree;

import org.agora.core.TabularPolicy;

/**
 * A solver that improves a profile on a compiled {@link GameTree} one iteration at a time (CFR
 * family, Monte Carlo CFR, extensive-form fictitious play) and whose average behaviour converges to
 * an equilibrium. What one iteration is (a full-tree sweep, one sampled traversal) is the
 * implementation's to document. Solvers that own threads release them in {@link #close()}; the others
 * close as a no-op, so callers can always use try-with-resources.
 */
public interface IterativeSolver extends AutoCloseable {

  /** The tree being solved. */
  GameTree tree();

  /** Runs {@code count} more iterations. */
  void iterate(int count);

  /** Iterations run so far. */
  long iterations();

  /** The average behaviour profile so far, a fresh per-slot array ({@code infoset * maxActions + slot}). */
  double[] averageBehaviour();

  /** The average profile as a {@link TabularPolicy} whose rows are the tree's information states. */
  default TabularPolicy averagePolicy() {
    return tree().toPolicy(averageBehaviour());
  }

  /** Releases the solver's threads, if any; the solver must not iterate afterwards. No-op by default. */
  @Override
  default void close() {}
}
