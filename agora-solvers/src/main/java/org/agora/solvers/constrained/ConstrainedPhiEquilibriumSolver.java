package org.agora.solvers.constrained;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.agora.solvers.correlated.InfeasibleCorrelatedProgramException;

/**
 * Constrained Phi-equilibria of a normal-form game with cost constraints, maximising a linear
 * objective (M. Bernasconi, M. Castiglioni, A. Marchesi, F. Trovò and N. Gatti, "Constrained
 * Phi-Equilibria", ICML 2023). Each player p has costs {@code C_pj} with budgets {@code b_pj}; a
 * distribution mu is a constrained Phi-equilibrium when every expected cost is within budget and
 * no player gains by a <em>safe</em> deviation in {@code Phi_p}, one after which the player's own
 * expected costs are still within budget. Phi ({@link DeviationSet}) is the swap maps (constrained
 * CE), the constant maps (constrained CCE), or the convex hull of a finite list of maps per player,
 * randomised deviations included.
 *
 * <p>Method: for fixed mu the best safe deviation is an LP in the deviation, whose dual gives
 * Lagrange multipliers {@code lambda_p >= 0}; mu is an equilibrium iff some lambda makes every
 * Lagrangian deviation gain non-positive (see {@link ConstrainedLinearProgram}). The set of
 * equilibria is thus the union over lambda of polytopes, not convex in general, as the paper shows.
 * <ul>
 *   <li>No constraints: exactly the CE/CCE (or Phi) LP.
 *   <li>Player-local costs and deviations whose expected cost does not depend on the
 *       recommendation (all of CCE; finite maps with that property): the multipliers enter
 *       linearly, so one LP over (mu, lambda) gives the exact optimum in polynomial time.
 *   <li>Otherwise (CE, finite maps whose cost depends on the recommendation, or costs depending on
 *       the others' strategies): the multipliers are fixed on a grid {@code {0, B/(G-1), ..., B}}
 *       per constraint and one LP is solved per grid point ({@code G^constraints} LPs), keeping the
 *       best. Like the paper's algorithm this is polynomial when the number of constraints is fixed.
 * </ul>
 *
 * <p>Departures: the paper's approximation returns an approximately optimal epsilon-equilibrium;
 * here every returned distribution is an exact constrained equilibrium (its multipliers certify it,
 * and {@link ConstrainedMeasures} re-checks it), and the approximation is in the objective only:
 * the optimum over the grid's polytopes can be below the true optimum, and the grid may miss every
 * equilibrium (then {@link InfeasibleCorrelatedProgramException} says so and suggests a finer grid
 * or larger bound). For CE with player-local costs the paper states an exact polynomial-time
 * algorithm, which is not reproduced here: under the definition above the set of constrained CEs
 * is not convex even with player-local costs (a 2x2 game with one local budget has two constrained
 * CEs whose midpoint admits a safe deviation gaining 1/6; see the solver's test), so no single LP
 * over mu describes it, and this class uses the grid there too.
 */
public final class ConstrainedPhiEquilibriumSolver {

  /** Largest number of grid LPs solved before refusing. */
  public static final int MAX_GRID_PROGRAMS = 20_000;

  /** Relative tolerance (times the payoff range) of the final safe-deviation check. */
  public static final double VERIFICATION_TOLERANCE = 1e-7;

  private final DeviationSet deviations;
  private final Objective objective;
  private final int gridPoints;
  private final double multiplierBound;

  /**
   * A solver.
   *
   * @param gridPoints grid points per multiplier (at least 2)
   * @param multiplierBound the largest multiplier on the grid; 0 for automatic (payoff range over
   *     the smallest non-zero |cost - budget|)
   */
  public ConstrainedPhiEquilibriumSolver(Concept concept, Objective objective, int gridPoints,
      double multiplierBound) {
    this(DeviationSet.of(Objects.requireNonNull(concept, "concept")), objective, gridPoints, multiplierBound);
  }

  /**
   * A solver for the deviation set {@code deviations}.
   *
   * @param gridPoints grid points per multiplier (at least 2)
   * @param multiplierBound the largest multiplier on the grid; 0 for automatic
   */
  public ConstrainedPhiEquilibriumSolver(DeviationSet deviations, Objective objective, int gridPoints,
      double multiplierBound) {
    this.deviations = Objects.requireNonNull(deviations, "deviations");
    this.objective = Objects.requireNonNull(objective, "objective");
    if (objective == Objective.MAXIMUM_ENTROPY) {
      throw new IllegalArgumentException("constrained equilibria take a linear objective: feasible, welfare or maxmin");
    }
    if (gridPoints < 2) {
      throw new IllegalArgumentException("grid points must be >= 2, got " + gridPoints);
    }
    if (!(multiplierBound >= 0.0) || !Double.isFinite(multiplierBound)) {
      throw new IllegalArgumentException("multiplier bound must be finite and >= 0, got " + multiplierBound);
    }
    this.gridPoints = gridPoints;
    this.multiplierBound = multiplierBound;
  }

  /**
   * An optimal (or, on the grid, best found) constrained equilibrium.
   *
   * @throws IllegalArgumentException if a constraint does not fit the game or the grid is too large
   * @throws InfeasibleCorrelatedProgramException if no equilibrium was found
   */
  public ConstrainedSolution solve(NormalFormGame game, List<CostConstraint> constraints) {
    int players = game.playerCount();
    List<List<CostConstraint>> byPlayer = new ArrayList<>();
    for (int p = 0; p < players; p++) {
      byPlayer.add(new ArrayList<>());
    }
    for (CostConstraint constraint : constraints) {
      constraint.check(game);
      byPlayer.get(constraint.player()).add(constraint);
    }
    if (deviations instanceof DeviationSet.Finite finite) {
      for (Deviation deviation : finite.deviations()) {
        deviation.check(game);
      }
    }
    double[][] fixed = new double[players][];
    int gridDimensions = 0;
    for (int p = 0; p < players; p++) {
      if (!linearInMultipliers(p, byPlayer.get(p))) {
        List<CostConstraint> own = byPlayer.get(p);
        fixed[p] = new double[own.size()];
        gridDimensions += own.size();
      }
    }
    double programs = Math.pow(gridPoints, gridDimensions);
    if (programs > MAX_GRID_PROGRAMS) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "the multiplier grid needs %.3g linear programs (%d points ^ %d multipliers), above the limit %d; "
              + "use fewer grid points or constraints", programs, gridPoints, gridDimensions, MAX_GRID_PROGRAMS));
    }
    double bound = multiplierBound > 0.0 ? multiplierBound : automaticBound(game, constraints);
    ConstrainedLinearProgram.Solution best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    int solved = 0;
    int failed = 0;
    int[] index = new int[gridDimensions];
    while (true) {
      int k = 0;
      for (int p = 0; p < players; p++) {
        if (fixed[p] != null) {
          for (int j = 0; j < fixed[p].length; j++) {
            fixed[p][j] = bound * index[k++] / (gridPoints - 1);
          }
        }
      }
      ConstrainedLinearProgram.Solution solution;
      try {
        solution = ConstrainedLinearProgram.solve(game, deviations, byPlayer, fixed, objective);
      } catch (ConstrainedLinearProgram.NumericalFailureException e) {
        solution = null;
        failed++;
      }
      solved++;
      if (solution != null) {
        double value = objectiveValue(game, solution.distribution());
        if (best == null || value > bestValue + 1e-12) {
          best = solution;
          bestValue = value;
        }
        if (objective == Objective.FEASIBLE) {
          break;
        }
      }
      if (!advance(index)) {
        break;
      }
    }
    if (best == null) {
      throw new InfeasibleCorrelatedProgramException("no constrained " + deviations.conceptName() + " found: "
          + (gridDimensions == 0 ? "the budgets admit no equilibrium"
              : "none of the " + solved + " multiplier grid points (bound " + bound
                  + ") certifies one; the budgets may be infeasible, or try a finer grid or a larger bound")
          + (failed > 0 ? " (" + failed + " of the linear programs failed numerically)" : ""));
    }
    double[] distribution = clean(best.distribution());
    double gap = ConstrainedMeasures.gap(game, deviations, constraints, distribution);
    double violation = ConstrainedMeasures.budgetViolation(game, constraints, distribution);
    double scale = Math.max(1.0, game.maxUtility() - game.minUtility());
    if (gap > VERIFICATION_TOLERANCE * scale || violation > VERIFICATION_TOLERANCE * Math.max(1.0, bound)) {
      throw new IllegalStateException("the constrained " + deviations.conceptName() + " program returned a distribution with safe-deviation"
          + " gain " + gap + " and budget violation " + violation + " (numerical failure of the LP solver)");
    }
    return new ConstrainedSolution(distribution, objectiveValue(game, distribution), deviations, best.multipliers(),
        gridDimensions == 0, solved, failed, gap, violation);
  }

  /**
   * Whether player p's incentive rows are linear in its multipliers (which are then LP variables):
   * no constraints, or player-local costs and deviations whose expected cost does not depend on the
   * recommendation.
   */
  private boolean linearInMultipliers(int p, List<CostConstraint> own) {
    if (own.isEmpty()) {
      return true;
    }
    boolean local = own.stream().allMatch(CostConstraint::local);
    if (deviations instanceof DeviationSet.Constant) {
      return local;
    }
    if (deviations instanceof DeviationSet.Finite finite) {
      for (Deviation deviation : finite.of(p)) {
        for (CostConstraint constraint : own) {
          if (Double.isNaN(deviation.deviatedLocalCost(constraint))) {
            return false;
          }
        }
      }
      return true;
    }
    return false;
  }

  private boolean advance(int[] index) {
    for (int k = 0; k < index.length; k++) {
      if (++index[k] < gridPoints) {
        return true;
      }
      index[k] = 0;
    }
    return false;
  }

  private static double automaticBound(NormalFormGame game, List<CostConstraint> constraints) {
    double range = Math.max(1e-12, game.maxUtility() - game.minUtility());
    double smallest = Double.POSITIVE_INFINITY;
    for (CostConstraint constraint : constraints) {
      for (double cost : constraint.costs()) {
        double distance = Math.abs(cost - constraint.budget());
        if (distance > 1e-12) {
          smallest = Math.min(smallest, distance);
        }
      }
    }
    return Double.isInfinite(smallest) ? range : range / smallest;
  }

  private static double[] clean(double[] values) {
    double[] cleaned = new double[values.length];
    double sum = 0.0;
    for (int k = 0; k < values.length; k++) {
      cleaned[k] = Math.max(0.0, values[k]);
      sum += cleaned[k];
    }
    for (int k = 0; k < values.length; k++) {
      cleaned[k] /= sum;
    }
    return cleaned;
  }

  private double objectiveValue(NormalFormGame game, double[] distribution) {
    double[] payoffs = new double[game.playerCount()];
    for (int profile = 0; profile < distribution.length; profile++) {
      for (int p = 0; p < payoffs.length; p++) {
        payoffs[p] += distribution[profile] * game.payoff(p, profile);
      }
    }
    double welfare = 0.0;
    double minimum = Double.POSITIVE_INFINITY;
    for (double payoff : payoffs) {
      welfare += payoff;
      minimum = Math.min(minimum, payoff);
    }
    return switch (objective) {
      case FEASIBLE -> 0.0;
      case MAXIMUM_SOCIAL_WELFARE -> welfare;
      case MAXIMUM_MINIMUM_PAYOFF -> minimum;
      case MAXIMUM_ENTROPY -> throw new IllegalStateException("not a linear objective");
    };
  }
}
