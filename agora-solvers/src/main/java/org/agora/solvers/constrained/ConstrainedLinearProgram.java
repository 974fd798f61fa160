package org.agora.solvers.constrained;

import java.util.List;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * One linear program of {@link ConstrainedPhiEquilibriumSolver}: the distributions mu that satisfy
 * every cost constraint and whose incentive constraints against <em>safe</em> deviations are
 * certified by Lagrange multipliers lambda.
 *
 * <p>For player p, the best safe deviation value {@code max {V(phi) : phi in Phi_p, K(phi) <= b}}
 * is, by LP duality in phi for fixed mu, the minimum over {@code lambda >= 0} of
 * {@code max_phi V(phi) - lambda . (K(phi) - b)}. So mu is a constrained equilibrium iff for some
 * lambda the Lagrangian deviation gains are all non-positive:
 * <ul>
 *   <li>CCE ({@code Phi_p} = constant deviations to s'): for every s',
 *       {@code sum mu (u_p - u_p(s', rest) + lambda . (C_p(s', rest) - b)) >= 0};
 *   <li>CE ({@code Phi_p} = swap maps): free t_s with, for every s and s' (s' = s included),
 *       {@code t_s >= sum_rest mu(s, rest) (u_p(s', rest) - lambda . (C_p(s', rest) - b))} and
 *       {@code sum_s t_s <= u_p(mu)};
 *   <li>a finite Phi_p (maps phi, row phi(s) a distribution over s'): for every phi,
 *       {@code sum mu (u_p - sum_s' phi(s, s') (u_p(s', rest) - lambda . (C_p(s', rest) - b))) >= 0}.
 * </ul>
 * These rows are linear in mu for fixed lambda (the grid of the solver) and jointly linear in
 * (mu, lambda) when the costs are player-local and every deviation's expected cost
 * {@code sum_s' phi(s, s') c_p(s')} is the same for every recommendation s (CCE, or such finite
 * maps), since then the cost term is a constant times {@code sum mu = 1}. A player without cost
 * constraints gets the ordinary rows.
 */
final class ConstrainedLinearProgram {

  private ConstrainedLinearProgram() {}

  /** The LP solver's answer broke the program's own constraints, twice. */
  static final class NumericalFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NumericalFailureException(String message) {
      super(message);
    }
  }

  /** The solution: mu and the multipliers, or null if the program is infeasible. */
  record Solution(double[] distribution, double[][] multipliers) {}

  /**
   * Solves the program.
   *
   * @param fixed the multipliers per player and constraint (by player, in order of that player's
   *     constraints); {@code null} entries for players whose multipliers are LP variables
   * @return the solution, or null when infeasible
   */
  static Solution solve(NormalFormGame game, DeviationSet deviations, List<List<CostConstraint>> byPlayer,
      double[][] fixed, Objective objective) {
    int profiles = game.profileCount();
    int players = game.playerCount();
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] mu = new Variable[profiles];
    for (int profile = 0; profile < profiles; profile++) {
      mu[profile] = model.addVariable("mu" + profile).lower(0.0);
    }
    Expression total = model.addExpression("total").level(1.0);
    for (Variable variable : mu) {
      total.set(variable, 1.0);
    }
    Variable[][] lambda = new Variable[players][];
    for (int p = 0; p < players; p++) {
      List<CostConstraint> own = byPlayer.get(p);
      for (int j = 0; j < own.size(); j++) {
        CostConstraint constraint = own.get(j);
        Expression budget = model.addExpression("budget" + p + "_" + j).upper(constraint.budget());
        for (int profile = 0; profile < profiles; profile++) {
          double cost = constraint.cost(game, profile);
          if (cost != 0.0) {
            budget.set(mu[profile], cost);
          }
        }
      }
      if (!own.isEmpty() && fixed[p] == null) {
        lambda[p] = new Variable[own.size()];
        for (int j = 0; j < own.size(); j++) {
          lambda[p][j] = model.addVariable("lambda" + p + "_" + j).lower(0.0);
        }
      }
      if (deviations instanceof DeviationSet.Finite finite) {
        List<Deviation> maps = finite.of(p);
        for (int k = 0; k < maps.size(); k++) {
          addMapRow(model, game, p, k, maps.get(k), own, fixed[p], lambda[p], mu);
        }
      } else if (deviations instanceof DeviationSet.Constant) {
        addCoarseRows(model, game, p, own, fixed[p], lambda[p], mu);
      } else if (own.isEmpty()) {
        addCorrelatedRows(model, game, p, mu);
      } else {
        addSwapRows(model, game, p, own, fixed[p], mu);
      }
    }
    addObjective(model, game, objective, mu);
    Optimisation.Result result = model.maximise();
    if (result.getState().isFeasible() && !satisfiesRows(model, result)) {
      // ojAlgo has reported OPTIMAL for points that break its own rows; the other simplex
      // implementation (sparse or dense) is tried once before giving up on this program
      model.options.sparse = !Boolean.TRUE.equals(model.options.sparse);
      result = model.maximise();
      if (result.getState().isFeasible() && !satisfiesRows(model, result)) {
        throw new NumericalFailureException("the LP solver returned a point that breaks the program's constraints");
      }
    }
    Optimisation.State state = result.getState();
    if (state == Optimisation.State.INFEASIBLE || !state.isFeasible()) {
      if (state == Optimisation.State.INFEASIBLE || state == Optimisation.State.INVALID
          || state == Optimisation.State.FAILED) {
        return null;
      }
      throw new IllegalStateException("the constrained " + deviations.conceptName() + " linear program failed: solver state "
          + state);
    }
    double[] values = new double[profiles];
    for (int profile = 0; profile < profiles; profile++) {
      values[profile] = result.doubleValue(model.indexOf(mu[profile]));
    }
    double[][] multipliers = new double[players][];
    for (int p = 0; p < players; p++) {
      if (lambda[p] != null) {
        multipliers[p] = new double[lambda[p].length];
        for (int j = 0; j < lambda[p].length; j++) {
          multipliers[p][j] = Math.max(0.0, result.doubleValue(model.indexOf(lambda[p][j])));
        }
      } else {
        multipliers[p] = fixed[p] == null ? new double[0] : fixed[p].clone();
      }
    }
    return new Solution(values, multipliers);
  }

  /** Relative tolerance of {@link #satisfiesRows}. */
  private static final double ROW_TOLERANCE = 1e-7;

  /**
   * Whether {@code result} meets every row of {@code model} to a relative tolerance: a row's
   * violation at most {@link #ROW_TOLERANCE} times the larger of 1 and the sum of its terms'
   * magnitudes (ojAlgo's own validation is stricter than the final equilibrium check and refused
   * good answers).
   */
  private static boolean satisfiesRows(ExpressionsBasedModel model, Optimisation.Result result) {
    for (Expression expression : model.getExpressions()) {
      double value = 0.0;
      double magnitude = 0.0;
      for (var entry : expression.getLinearEntrySet()) {
        double term = entry.getValue().doubleValue() * result.doubleValue(entry.getKey().index);
        value += term;
        magnitude += Math.abs(term);
      }
      double tolerance = ROW_TOLERANCE * Math.max(1.0, magnitude);
      if (expression.isLowerLimitSet() && value < expression.getLowerLimit().doubleValue() - tolerance) {
        return false;
      }
      if (expression.isUpperLimitSet() && value > expression.getUpperLimit().doubleValue() + tolerance) {
        return false;
      }
    }
    return true;
  }

  /** Distance in the profile index between consecutive strategies of {@code player}. */
  static int stride(NormalFormGame game, int player) {
    int stride = 1;
    for (int p = game.playerCount() - 1; p > player; p--) {
      stride *= game.strategyCount(p);
    }
    return stride;
  }

  /** {@code lambda . (C_p(deviated) - b)} for fixed multipliers. */
  private static double penalty(NormalFormGame game, List<CostConstraint> own, double[] lambda, int deviated) {
    double sum = 0.0;
    for (int j = 0; j < own.size(); j++) {
      sum += lambda[j] * (own.get(j).cost(game, deviated) - own.get(j).budget());
    }
    return sum;
  }

  private static void addCoarseRows(ExpressionsBasedModel model, NormalFormGame game, int p,
      List<CostConstraint> own, double[] fixed, Variable[] lambda, Variable[] mu) {
    int stride = stride(game, p);
    for (int deviation = 0; deviation < game.strategyCount(p); deviation++) {
      Expression row = model.addExpression("coarse" + p + "_" + deviation).lower(0.0);
      for (int profile = 0; profile < mu.length; profile++) {
        int deviated = profile + (deviation - game.strategyInProfile(profile, p)) * stride;
        double coefficient = game.payoff(p, profile) - game.payoff(p, deviated);
        if (fixed != null) {
          coefficient += penalty(game, own, fixed, deviated);
        }
        if (coefficient != 0.0) {
          row.set(mu[profile], coefficient);
        }
      }
      if (lambda != null) {
        for (int j = 0; j < own.size(); j++) {
          // player-local: C_p(s', rest) = c_p(s'), a constant times sum mu = 1
          row.set(lambda[j], own.get(j).costs()[deviation] - own.get(j).budget());
        }
      }
    }
  }

  private static void addMapRow(ExpressionsBasedModel model, NormalFormGame game, int p, int index, Deviation map,
      List<CostConstraint> own, double[] fixed, Variable[] lambda, Variable[] mu) {
    int stride = stride(game, p);
    int strategies = game.strategyCount(p);
    double[] coefficients = new double[mu.length];
    double largest = 0.0;
    for (int profile = 0; profile < mu.length; profile++) {
      int recommended = game.strategyInProfile(profile, p);
      double coefficient = game.payoff(p, profile);
      for (int target = 0; target < strategies; target++) {
        double probability = map.probability(recommended, target);
        if (probability != 0.0) {
          int deviated = profile + (target - recommended) * stride;
          double value = game.payoff(p, deviated);
          if (fixed != null) {
            value -= penalty(game, own, fixed, deviated);
          }
          coefficient -= probability * value;
        }
      }
      coefficients[profile] = coefficient;
      largest = Math.max(largest, Math.abs(coefficient));
    }
    double[] multiplierCoefficients = new double[lambda == null ? 0 : own.size()];
    for (int j = 0; j < multiplierCoefficients.length; j++) {
      // the solver makes lambda a variable only when this cost is the same for every recommendation
      multiplierCoefficients[j] = map.deviatedLocalCost(own.get(j)) - own.get(j).budget();
    }
    // rows are scaled to largest |coefficient| 1 (a row >= 0 keeps its meaning): ojAlgo's simplex
    // returned "optimal" points violating rows with mixed magnitudes of payoffs and lambda * cost
    double scale = largest > 0.0 ? 1.0 / largest : 1.0;
    Expression row = model.addExpression("phi" + p + "_" + index).lower(0.0);
    for (int profile = 0; profile < mu.length; profile++) {
      if (coefficients[profile] != 0.0) {
        row.set(mu[profile], coefficients[profile] * scale);
      }
    }
    for (int j = 0; j < multiplierCoefficients.length; j++) {
      row.set(lambda[j], multiplierCoefficients[j] * scale);
    }
  }

  private static void addCorrelatedRows(ExpressionsBasedModel model, NormalFormGame game, int p, Variable[] mu) {
    int stride = stride(game, p);
    int strategies = game.strategyCount(p);
    for (int recommended = 0; recommended < strategies; recommended++) {
      for (int deviation = 0; deviation < strategies; deviation++) {
        if (deviation == recommended) {
          continue;
        }
        Expression row = model.addExpression("correlated" + p + "_" + recommended + "_" + deviation).lower(0.0);
        for (int profile = 0; profile < mu.length; profile++) {
          if (game.strategyInProfile(profile, p) == recommended) {
            double coefficient = game.payoff(p, profile) - game.payoff(p, profile + (deviation - recommended) * stride);
            if (coefficient != 0.0) {
              row.set(mu[profile], coefficient);
            }
          }
        }
      }
    }
  }

  private static void addSwapRows(ExpressionsBasedModel model, NormalFormGame game, int p,
      List<CostConstraint> own, double[] lambda, Variable[] mu) {
    int stride = stride(game, p);
    int strategies = game.strategyCount(p);
    Variable[] best = new Variable[strategies];
    Expression sum = model.addExpression("swap" + p).lower(0.0);
    // t_s is at least its identity row, a mu(s, .)-weighted average of terms of size at most
    // |u| + lambda . |C - b|, so this lower bound keeps it from being a free variable (which ojAlgo's
    // simplex handles less reliably) without cutting any solution off.
    double largest = 0.0;
    for (int profile = 0; profile < mu.length; profile++) {
      largest = Math.max(largest, Math.abs(game.payoff(p, profile)) + Math.abs(penalty(game, own, lambda, profile)));
    }
    for (int recommended = 0; recommended < strategies; recommended++) {
      best[recommended] = model.addVariable("t" + p + "_" + recommended).lower(-largest - 1.0);
      sum.set(best[recommended], -1.0);
    }
    for (int profile = 0; profile < mu.length; profile++) {
      sum.set(mu[profile], game.payoff(p, profile));
    }
    for (int recommended = 0; recommended < strategies; recommended++) {
      for (int deviation = 0; deviation < strategies; deviation++) {
        Expression row = model.addExpression("swap" + p + "_" + recommended + "_" + deviation).lower(0.0);
        row.set(best[recommended], 1.0);
        for (int profile = 0; profile < mu.length; profile++) {
          if (game.strategyInProfile(profile, p) == recommended) {
            int deviated = profile + (deviation - recommended) * stride;
            double value = game.payoff(p, deviated) - penalty(game, own, lambda, deviated);
            if (value != 0.0) {
              row.set(mu[profile], -value);
            }
          }
        }
      }
    }
  }

  private static void addObjective(ExpressionsBasedModel model, NormalFormGame game, Objective objective,
      Variable[] mu) {
    if (objective == Objective.MAXIMUM_SOCIAL_WELFARE) {
      for (int profile = 0; profile < mu.length; profile++) {
        double welfare = 0.0;
        for (int p = 0; p < game.playerCount(); p++) {
          welfare += game.payoff(p, profile);
        }
        mu[profile].weight(welfare);
      }
    } else if (objective == Objective.MAXIMUM_MINIMUM_PAYOFF) {
      Variable minimum = model.addVariable("minimumPayoff").weight(1.0);
      for (int p = 0; p < game.playerCount(); p++) {
        Expression payoff = model.addExpression("payoff" + p).lower(0.0);
        for (int profile = 0; profile < mu.length; profile++) {
          payoff.set(mu[profile], game.payoff(p, profile));
        }
        payoff.set(minimum, -1.0);
      }
    } else if (objective != Objective.FEASIBLE) {
      throw new IllegalArgumentException("constrained equilibria take the linear objectives feasible, welfare or "
          + "maxmin, not " + objective);
    }
  }
}
