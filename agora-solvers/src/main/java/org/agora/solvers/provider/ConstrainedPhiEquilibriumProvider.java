package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolverOptionException;
import org.agora.solvers.constrained.DeviationSet;
import org.agora.solvers.constrained.Deviations;

/**
 * {@code constrained-phi}: a constrained Phi-equilibrium for a listed finite set of swap functions
 * and their mixtures (Bernasconi et al., ICML 2023), under the same cost budgets and objectives as
 * {@code constrained-ce}. Players without listed deviations are not tested.
 */
public final class ConstrainedPhiEquilibriumProvider extends ConstrainedCorrelatedProvider {

  /** The deviation set, in {@link Deviations}' syntax. */
  static final ParameterSpec PHI = ParameterSpec.text("phi", "",
      "constrained-phi: deviations 'PLAYER:T0 T1 ...;...', each a swap function playing Tk when told k"
          + " (mixtures included; players not listed are not tested)");

  public ConstrainedPhiEquilibriumProvider() {
    super("constrained-phi", "constrained Phi-equilibrium for the listed deviations (--phi) under cost budgets,"
        + " safe deviations only (--costs, --objective feasible|welfare|maxmin)",
        List.of(PHI, COSTS, SolverParameters.OBJECTIVE, GRID, MULTIPLIER_BOUND));
  }

  @Override
  DeviationSet deviations(NormalFormGame game, GameParameters values) {
    try {
      return Deviations.parse(values.getString("phi"), game);
    } catch (IllegalArgumentException e) {
      throw new SolverOptionException("phi", e.getMessage());
    }
  }
}
