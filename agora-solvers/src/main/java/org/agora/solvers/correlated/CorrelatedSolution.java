package org.agora.solvers.correlated;

import java.util.Objects;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;

/**
 * A solver's answer.
 *
 * @param distribution the equilibrium distribution over profiles
 * @param objectiveValue the objective at {@code distribution}: 0 for {@code FEASIBLE}, the social
 *     welfare, the smallest expected payoff, or the entropy in nats
 * @param concept the equilibrium concept solved for
 * @param objective the objective optimised
 * @param incentiveGap the measured gap of {@code distribution} for {@code concept} (see
 *     {@link CorrelatedMeasures}); within the solver's tolerance of 0
 * @param constraintViolation the largest violation of a caller constraint (0 without any)
 */
public record CorrelatedSolution(CorrelatedDistribution distribution, double objectiveValue, Concept concept,
    Objective objective, double incentiveGap, double constraintViolation) {

  /** Checks for nulls. */
  public CorrelatedSolution {
    Objects.requireNonNull(distribution, "distribution");
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(objective, "objective");
  }
}
