package org.agora.cli.solve;

import java.util.Locale;
import org.agora.cli.output.ProgressBar;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.agora.solvers.correlated.CorrelatedMeasures;
import org.agora.solvers.correlated.CorrelatedSolution;

/** {@code ce} and {@code cce}: a (coarse) correlated equilibrium by linear or convex programming. */
final class CorrelatedMethod implements SolveMethod {

  private final Concept concept;

  CorrelatedMethod(Concept concept) {
    this.concept = concept;
  }

  @Override
  public String name() {
    return concept == Concept.CORRELATED ? "ce" : "cce";
  }

  @Override
  public String description() {
    return (concept == Concept.CORRELATED ? "correlated" : "coarse correlated")
        + " equilibrium by LP (--objective feasible|welfare|maxmin|entropy)";
  }

  static Objective objective(String name) {
    return switch (name) {
      case "feasible" -> Objective.FEASIBLE;
      case "welfare" -> Objective.MAXIMUM_SOCIAL_WELFARE;
      case "maxmin" -> Objective.MAXIMUM_MINIMUM_PAYOFF;
      case "entropy" -> Objective.MAXIMUM_ENTROPY;
      default -> throw new IllegalArgumentException(
          "unknown objective '" + name + "'; allowed: feasible, welfare, maxmin, entropy");
    };
  }

  @Override
  public SolveReport solve(NormalFormGame game, SolveSettings settings, ProgressBar progress) {
    Objective objective = objective(settings.objective());
    CorrelatedSolution solution = new CorrelatedEquilibriumSolver(concept, objective).solve(game);
    String conceptName = concept == Concept.CORRELATED ? "correlated equilibrium" : "coarse correlated equilibrium";
    return new SolveReport(conceptName)
        .distribution(solution.distribution().probabilities())
        .note(String.format(Locale.ROOT, "objective %s: %.6g; largest incentive violation %.3g; incentive sum %.3g",
            objective.name().toLowerCase(Locale.ROOT).replace('_', ' '), solution.objectiveValue(),
            solution.incentiveGap(), concept == Concept.CORRELATED
                ? CorrelatedMeasures.correlatedIncentiveSum(game, solution.distribution())
                : CorrelatedMeasures.coarseCorrelatedIncentiveSum(game, solution.distribution())));
  }
}
