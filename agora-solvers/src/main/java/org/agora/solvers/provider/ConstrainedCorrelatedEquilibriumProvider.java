package org.agora.solvers.provider;

import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;

/** {@code constrained-ce}: a constrained correlated equilibrium (Bernasconi et al., ICML 2023). */
public final class ConstrainedCorrelatedEquilibriumProvider extends ConstrainedCorrelatedProvider {

  public ConstrainedCorrelatedEquilibriumProvider() {
    super("constrained-ce", Concept.CORRELATED);
  }
}
