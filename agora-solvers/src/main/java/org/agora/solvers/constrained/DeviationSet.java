package org.agora.solvers.constrained;

import java.util.List;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;

/**
 * The deviations Phi_p each player may use, randomised (any distribution over them) as in
 * Bernasconi et al., "Constrained Phi-Equilibria" (ICML 2023): all swap maps (correlated
 * equilibrium), all constant maps (coarse correlated equilibrium), or the convex hull of a finite
 * list of maps given per player (a Phi-equilibrium for that set; a player without listed maps is
 * not tested). Not deviating is a member only if it is listed: for the constant maps it is not.
 */
public sealed interface DeviationSet {

  /** The name of the equilibrium concept. */
  String conceptName();

  /** Every swap map: correlated equilibria. */
  record Swap() implements DeviationSet {
    @Override
    public String conceptName() {
      return "correlated equilibrium";
    }
  }

  /** Every constant map: coarse correlated equilibria. */
  record Constant() implements DeviationSet {
    @Override
    public String conceptName() {
      return "coarse correlated equilibrium";
    }
  }

  /**
   * The convex hull of the listed maps, per player.
   *
   * @param deviations the maps (at least one)
   */
  record Finite(List<Deviation> deviations) implements DeviationSet {

    /** Validates and copies. */
    public Finite {
      deviations = List.copyOf(deviations);
      if (deviations.isEmpty()) {
        throw new IllegalArgumentException("a finite Phi set needs at least one deviation");
      }
    }

    @Override
    public String conceptName() {
      return "Phi-equilibrium";
    }

    /** The maps of {@code player}, in order. */
    public List<Deviation> of(int player) {
      return deviations.stream().filter(deviation -> deviation.player() == player).toList();
    }
  }

  /** The set of {@code concept}: swap maps for CE, constant maps for CCE. */
  static DeviationSet of(Concept concept) {
    return concept == Concept.CORRELATED ? new Swap() : new Constant();
  }
}
