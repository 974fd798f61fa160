package org.agora.solvers.provider;

import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;

/** {@code ce}: a correlated equilibrium (Aumann 1974) by LP, or by convex programming for maximum entropy. */
public final class CorrelatedEquilibriumProvider extends CorrelatedProvider {

  public CorrelatedEquilibriumProvider() {
    super("ce", Concept.CORRELATED);
  }
}
