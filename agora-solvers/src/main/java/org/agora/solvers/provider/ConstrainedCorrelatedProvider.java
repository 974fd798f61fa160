package org.agora.solvers.provider;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobContext;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolverOptionException;
import org.agora.solvers.constrained.ConstrainedPhiEquilibriumSolver;
import org.agora.solvers.constrained.ConstrainedMeasures;
import org.agora.solvers.constrained.ConstrainedSolution;
import org.agora.solvers.constrained.CostConstraint;
import org.agora.solvers.constrained.CostConstraints;
import org.agora.solvers.constrained.DeviationSet;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;

/**
 * A constrained (coarse) correlated equilibrium, or Phi-equilibrium for a listed deviation set,
 * under expected-cost budgets ({@link ConstrainedPhiEquilibriumSolver}), maximising the chosen
 * linear {@code objective}.
 */
abstract class ConstrainedCorrelatedProvider extends NormalFormSolverProvider {

  /** The cost constraints, in {@link CostConstraints}' syntax. */
  static final ParameterSpec COSTS = ParameterSpec.text("costs", "",
      "constrained-ce/cce/phi: budgets 'PLAYER:COST COST ...<=BUDGET;...' with one cost per own strategy"
          + " (player-local) or per pure profile (joint); empty: none");
  /** Grid points per Lagrange multiplier. */
  static final ParameterSpec GRID = ParameterSpec.integer("grid", 11, 2, 1_000,
      "constrained-ce/cce/phi: grid points per Lagrange multiplier where the program is not exact");
  /** The largest multiplier on the grid. */
  static final ParameterSpec MULTIPLIER_BOUND = ParameterSpec.real("multiplier_bound", 0.0, 0.0,
      Double.POSITIVE_INFINITY,
      "constrained-ce/cce/phi: largest grid multiplier; 0: payoff range / smallest |cost - budget|");

  private final Concept concept;

  ConstrainedCorrelatedProvider(String name, Concept concept) {
    super(name, "constrained " + (concept == Concept.CORRELATED ? "correlated" : "coarse correlated")
        + " equilibrium under cost budgets, safe deviations only (--costs, --objective feasible|welfare|maxmin)",
        List.of(COSTS, SolverParameters.OBJECTIVE, GRID, MULTIPLIER_BOUND));
    this.concept = concept;
  }

  /** A provider whose deviation set comes from {@link #deviations}. */
  ConstrainedCorrelatedProvider(String name, String description, List<ParameterSpec> parameters) {
    super(name, description, parameters);
    this.concept = null;
  }

  /** The deviation set to solve for. */
  DeviationSet deviations(NormalFormGame game, GameParameters values) {
    return DeviationSet.of(concept);
  }

  /** Incentive rows of the program of {@code player} (for the size check). */
  long incentiveRows(NormalFormGame game, DeviationSet deviations, int player) {
    long strategies = game.strategyCount(player);
    if (deviations instanceof DeviationSet.Finite finite) {
      return finite.of(player).size();
    }
    return deviations instanceof DeviationSet.Swap ? strategies * strategies + 1 : strategies;
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    String objectiveName = values.getString("objective");
    if (objectiveName.equals("entropy")) {
      throw new SolverOptionException("objective", "constrained equilibria take a linear objective: feasible, welfare"
          + " or maxmin, not entropy");
    }
    Objective objective = CorrelatedProvider.objective(objectiveName);
    List<CostConstraint> constraints;
    try {
      constraints = CostConstraints.parse(values.getString("costs"), game);
    } catch (IllegalArgumentException e) {
      throw new SolverOptionException("costs", e.getMessage());
    }
    DeviationSet deviations = deviations(game, values);
    long profiles = game.profileCount();
    long rows = 1 + constraints.size();
    for (int player = 0; player < game.playerCount(); player++) {
      rows += incentiveRows(game, deviations, player);
    }
    limits.checkTableau(work(game), "floating-point LP tableau", rows, profiles + rows, false);
    ConstrainedSolution solution = new ConstrainedPhiEquilibriumSolver(deviations, objective, values.getInt("grid"),
        values.getDouble("multiplier_bound")).solve(game, constraints);
    String conceptName = "constrained " + deviations.conceptName();
    NormalFormResultBuilder result = result(game, conceptName).distribution(solution.distribution())
        .note(String.format(Locale.ROOT, "objective %s: %.6g; largest safe-deviation gain %s; budget violation %.3g",
            objectiveName, solution.objectiveValue(), solution.gap() == Double.NEGATIVE_INFINITY
                ? "none (no listed deviation is safe)" : String.format(Locale.ROOT, "%.3g", solution.gap()),
            solution.budgetViolation()))
        .note(String.format(Locale.ROOT, "%s; %d linear program(s); certifying multipliers %s",
            solution.exact() ? "exact linear program" : "best over the multiplier grid (exact equilibrium, objective"
                + " optimal on the grid)", solution.linearPrograms(), Arrays.deepToString(solution.multipliers())));
    if (solution.failedPrograms() > 0) {
      result.note(solution.failedPrograms() + " of the linear programs failed numerically and were skipped; the"
          + " objective may be below the grid's optimum");
    }
    for (CostConstraint constraint : constraints) {
      result.note(String.format(Locale.ROOT, "player %d expected cost %.6g <= %s (%s)", constraint.player(),
          ConstrainedMeasures.expectedCost(game, constraint, solution.distribution()),
          constraint.budget(), constraint.local() ? "player-local" : "joint"));
    }
    return result;
  }
}
