package org.agora.solvers.constrained;

import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;

/**
 * A constrained equilibrium found by {@link ConstrainedPhiEquilibriumSolver}.
 *
 * @param distribution the distribution over pure profiles (payoff-tensor order)
 * @param objectiveValue the objective at the distribution (0 for feasible)
 * @param concept CE or CCE
 * @param multipliers the Lagrange multipliers certifying each player's incentive constraints, by
 *     player and that player's constraints
 * @param exact whether the program was solved exactly (no constraints, or player-local CCE);
 *     otherwise the best over the multiplier grid
 * @param linearPrograms how many linear programs were solved
 * @param gap the largest safe-deviation gain (see {@link ConstrainedMeasures}); about 0 or below
 * @param budgetViolation the largest budget violation (about 0)
 */
public record ConstrainedSolution(double[] distribution, double objectiveValue, Concept concept,
    double[][] multipliers, boolean exact, int linearPrograms, double gap, double budgetViolation) {

  /** Copies the arrays in. */
  public ConstrainedSolution {
    distribution = distribution.clone();
    double[][] copy = new double[multipliers.length][];
    for (int p = 0; p < copy.length; p++) {
      copy[p] = multipliers[p].clone();
    }
    multipliers = copy;
  }

  @Override
  public double[] distribution() {
    return distribution.clone();
  }
}
