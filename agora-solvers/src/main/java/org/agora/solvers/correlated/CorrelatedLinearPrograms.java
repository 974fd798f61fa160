package org.agora.solvers.correlated;

import java.util.List;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The linear programs behind {@link CorrelatedEquilibriumSolver}, solved with ojAlgo's
 * {@link ExpressionsBasedModel} (simplex).
 *
 * <p>Equilibrium LP: variables {@code mu(profile) >= 0}, {@code sum mu = 1}, incentive rows
 * {@code row . mu >= 0}, caller constraints; objective none, social welfare
 * {@code sum_profile mu * sum_p u_p}, or the smallest expected payoff (an extra free variable t with
 * {@code sum mu u_p - t >= 0} for every p, maximise t).
 *
 * <p>Support LP (for maximum entropy): the largest set of profiles that some equilibrium puts
 * positive weight on. On the homogenised feasible set (a cone: {@code nu >= 0},
 * {@code sum nu = tau}, {@code row . nu >= 0}, caller constraints with right-hand side times
 * {@code tau}) maximise {@code sum y} with {@code 0 <= y <= 1}, {@code y <= nu}. The cone is closed
 * under addition, so one point has {@code nu(profile) >= 1} on every profile some equilibrium uses
 * and the optimum sets {@code y = 1} exactly there.
 */
final class CorrelatedLinearPrograms {

  private CorrelatedLinearPrograms() {}

  /**
   * Solves the equilibrium LP.
   *
   * @return {@code mu}, one entry per profile (may hold round-off: tiny negatives, sum off by ulps)
   * @throws InfeasibleCorrelatedProgramException if the LP is infeasible
   */
  static double[] solve(NormalFormGame game, Concept concept, List<IncentiveConstraints.Row> rows,
      List<LinearConstraint> constraints, Objective objective) {
    int profiles = game.profileCount();
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] mu = new Variable[profiles];
    for (int profile = 0; profile < profiles; profile++) {
      mu[profile] = model.addVariable("mu" + profile).lower(0.0);
    }
    Expression total = model.addExpression("total").level(1.0);
    for (Variable variable : mu) {
      total.set(variable, 1.0);
    }
    for (int k = 0; k < rows.size(); k++) {
      addRow(model.addExpression("incentive" + k).lower(0.0), mu, rows.get(k).coefficients());
    }
    for (int k = 0; k < constraints.size(); k++) {
      LinearConstraint constraint = constraints.get(k);
      Expression expression = model.addExpression("constraint" + k);
      addRow(expression, mu, constraint.coefficients());
      switch (constraint.relation()) {
        case LESS_OR_EQUAL -> expression.upper(constraint.rightHandSide());
        case GREATER_OR_EQUAL -> expression.lower(constraint.rightHandSide());
        case EQUAL -> expression.level(constraint.rightHandSide());
      }
    }
    if (objective == Objective.MAXIMUM_SOCIAL_WELFARE) {
      for (int profile = 0; profile < profiles; profile++) {
        double welfare = 0.0;
        for (int p = 0; p < game.playerCount(); p++) {
          welfare += game.payoff(p, profile);
        }
        mu[profile].weight(welfare);
      }
    } else if (objective == Objective.MAXIMUM_MINIMUM_PAYOFF) {
      // The minimum is a free variable of the payoffs' size; with payoffs near 10^6 ojAlgo reported a
      // feasible program infeasible (found by the equivariance check), so the payoff rows and the minimum
      // are measured in units of the largest |payoff| (the optimal distribution does not change).
      double unit = largestAbsolutePayoff(game);
      Variable minimum = model.addVariable("minimumPayoff").lower(-1.0).upper(1.0).weight(1.0);
      for (int p = 0; p < game.playerCount(); p++) {
        Expression payoff = model.addExpression("payoff" + p).lower(0.0);
        for (int profile = 0; profile < profiles; profile++) {
          payoff.set(mu[profile], game.payoff(p, profile) / unit);
        }
        payoff.set(minimum, -1.0);
      }
    }
    Optimisation.Result result = model.maximise();
    check(result, concept, constraints.size());
    double[] values = new double[profiles];
    for (int profile = 0; profile < profiles; profile++) {
      values[profile] = result.doubleValue(profile);
    }
    return values;
  }

  /**
   * Which profiles some feasible distribution puts positive weight on (the LP is assumed feasible:
   * run {@link #solve} first).
   */
  static boolean[] maximalSupport(NormalFormGame game, Concept concept, List<IncentiveConstraints.Row> rows,
      List<LinearConstraint> constraints) {
    int profiles = game.profileCount();
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] weight = new Variable[profiles];
    for (int profile = 0; profile < profiles; profile++) {
      weight[profile] = model.addVariable("nu" + profile).lower(0.0);
    }
    Variable[] indicator = new Variable[profiles];
    for (int profile = 0; profile < profiles; profile++) {
      indicator[profile] = model.addVariable("y" + profile).lower(0.0).upper(1.0).weight(1.0);
    }
    Variable scale = model.addVariable("tau").lower(0.0);
    Expression total = model.addExpression("total").level(0.0);
    for (Variable variable : weight) {
      total.set(variable, 1.0);
    }
    total.set(scale, -1.0);
    for (int k = 0; k < rows.size(); k++) {
      addRow(model.addExpression("incentive" + k).lower(0.0), weight, rows.get(k).coefficients());
    }
    for (int k = 0; k < constraints.size(); k++) {
      LinearConstraint constraint = constraints.get(k);
      Expression expression = model.addExpression("constraint" + k);
      addRow(expression, weight, constraint.coefficients());
      expression.set(scale, -constraint.rightHandSide());
      switch (constraint.relation()) {
        case LESS_OR_EQUAL -> expression.upper(0.0);
        case GREATER_OR_EQUAL -> expression.lower(0.0);
        case EQUAL -> expression.level(0.0);
      }
    }
    for (int profile = 0; profile < profiles; profile++) {
      Expression below = model.addExpression("indicator" + profile).upper(0.0);
      below.set(indicator[profile], 1.0);
      below.set(weight[profile], -1.0);
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isFeasible()) {
      throw new IllegalStateException("support LP for the " + concept + " maximum-entropy problem failed: "
          + result.getState());
    }
    boolean[] support = new boolean[profiles];
    for (int profile = 0; profile < profiles; profile++) {
      support[profile] = result.doubleValue(profiles + profile) > 0.5;
    }
    return support;
  }

  private static double largestAbsolutePayoff(NormalFormGame game) {
    double largest = 0.0;
    for (int p = 0; p < game.playerCount(); p++) {
      for (int profile = 0; profile < game.profileCount(); profile++) {
        largest = Math.max(largest, Math.abs(game.payoff(p, profile)));
      }
    }
    return largest > 0 ? largest : 1.0;
  }

  private static void addRow(Expression expression, Variable[] variables, double[] coefficients) {
    for (int profile = 0; profile < coefficients.length; profile++) {
      if (coefficients[profile] != 0.0) {
        expression.set(variables[profile], coefficients[profile]);
      }
    }
  }

  private static void check(Optimisation.Result result, Concept concept, int constraintCount) {
    Optimisation.State state = result.getState();
    if (state == Optimisation.State.INFEASIBLE) {
      throw new InfeasibleCorrelatedProgramException("no " + concept.name().toLowerCase().replace('_', ' ')
          + " equilibrium satisfies the " + constraintCount + " caller constraint(s): the linear program is "
          + state.name().toLowerCase());
    }
    if (!state.isFeasible()) {
      throw new IllegalStateException("the " + concept + " linear program failed: solver state " + state);
    }
  }
}
