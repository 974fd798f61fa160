package org.agora.solvers.provider;

import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;

/** {@code constrained-cce}: a constrained coarse correlated equilibrium (Bernasconi et al., ICML 2023). */
public final class ConstrainedCoarseCorrelatedEquilibriumProvider extends ConstrainedCorrelatedProvider {

  public ConstrainedCoarseCorrelatedEquilibriumProvider() {
    super("constrained-cce", Concept.COARSE_CORRELATED);
  }
}
