package org.agora.solvers.provider;

import java.util.List;
import java.util.Locale;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver;
import org.agora.solvers.correlated.CorrelatedMeasures;
import org.agora.solvers.correlated.CorrelatedSolution;

/**
 * A (coarse) correlated equilibrium by linear or convex programming
 * ({@link CorrelatedEquilibriumSolver}) for the chosen {@code objective}.
 */
abstract class CorrelatedProvider extends NormalFormSolverProvider {

  private final Concept concept;

  CorrelatedProvider(String name, Concept concept) {
    super(name, (concept == Concept.CORRELATED ? "correlated" : "coarse correlated")
        + " equilibrium by LP (--objective feasible|welfare|maxmin|entropy)", List.of(SolverParameters.OBJECTIVE));
    this.concept = concept;
  }

  /** The objective named in {@link SolverParameters#OBJECTIVE}'s choices. */
  static Objective objective(String name) {
    return switch (name) {
      case "feasible" -> Objective.FEASIBLE;
      case "welfare" -> Objective.MAXIMUM_SOCIAL_WELFARE;
      case "maxmin" -> Objective.MAXIMUM_MINIMUM_PAYOFF;
      case "entropy" -> Objective.MAXIMUM_ENTROPY;
      default -> throw new IllegalArgumentException(
          "unknown objective '" + name + "'; allowed: " + String.join(", ", SolverParameters.OBJECTIVE.choices()));
    };
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    Objective objective = objective(values.getString("objective"));
    long profiles = game.profileCount();
    long constraints = 1;
    for (int player = 0; player < game.playerCount(); player++) {
      long strategies = game.strategyCount(player);
      constraints += concept == Concept.CORRELATED ? strategies * (strategies - 1) : strategies;
    }
    limits.checkTableau(work(game), "floating-point LP tableau", constraints, profiles + constraints, false);
    CorrelatedSolution solution = new CorrelatedEquilibriumSolver(concept, objective).solve(game);
    String conceptName = concept == Concept.CORRELATED ? "correlated equilibrium" : "coarse correlated equilibrium";
    return result(game, conceptName)
        .distribution(solution.distribution().probabilities())
        .note(String.format(Locale.ROOT, "objective %s: %.6g; largest incentive violation %.3g; incentive sum %.3g",
            objective.name().toLowerCase(Locale.ROOT).replace('_', ' '), solution.objectiveValue(),
            solution.incentiveGap(), concept == Concept.CORRELATED
                ? CorrelatedMeasures.correlatedIncentiveSum(game, solution.distribution())
                : CorrelatedMeasures.coarseCorrelatedIncentiveSum(game, solution.distribution())));
  }
}
