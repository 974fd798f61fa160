package org.agora.solvers.provider;

import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;

/** {@code cce}: a coarse correlated equilibrium by LP, or by convex programming for maximum entropy. */
public final class CoarseCorrelatedEquilibriumProvider extends CorrelatedProvider {

  public CoarseCorrelatedEquilibriumProvider() {
    super("cce", Concept.COARSE_CORRELATED);
  }
}
