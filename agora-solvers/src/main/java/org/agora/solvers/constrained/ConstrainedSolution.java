package org.agora.solvers.constrained;

/**
 * A constrained equilibrium found by {@link ConstrainedPhiEquilibriumSolver}.
 *
 * @param distribution the distribution over pure profiles (payoff-tensor order)
 * @param objectiveValue the objective at the distribution (0 for feasible)
 * @param deviations the deviation set: swap maps (CE), constant maps (CCE) or a finite Phi
 * @param multipliers the Lagrange multipliers certifying each player's incentive constraints, by
 *     player and that player's constraints
 * @param exact whether the program was solved exactly (no multiplier grid was needed);
 *     otherwise the best over the multiplier grid
 * @param linearPrograms how many linear programs were solved
 * @param failedPrograms how many of them the LP solver failed on (answers breaking the program's
 *     own constraints, skipped); the best found may then be below the grid's optimum
 * @param gap the largest safe-deviation gain (see {@link ConstrainedMeasures}); about 0 or below
 * @param budgetViolation the largest budget violation (about 0)
 */
public record ConstrainedSolution(double[] distribution, double objectiveValue, DeviationSet deviations,
    double[][] multipliers, boolean exact, int linearPrograms, int failedPrograms, double gap, double budgetViolation) {

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
