package org.agora.markets.mechanism.contract;

import java.util.Optional;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The cheapest contract that implements a target action: the linear program
 *
 * <pre>
 *   minimise    sum_j F[i][j] t[j]
 *   subject to  sum_j (F[i][j] - F[k][j]) t[j] &gt;= c[i] - c[k]   for every other action k   (IC)
 *               t[j] &gt;= 0                                                             (limited liability)
 * </pre>
 *
 * solved with ojAlgo's {@link ExpressionsBasedModel} (simplex). The target is implementable exactly
 * when the program is feasible. {@code m} variables and {@code n - 1} constraints.
 *
 * <p>P. Dütting, T. Roughgarden and I. Talgam-Cohen, "Simple versus Optimal Contracts", EC 2019
 * (the MIN-PAY linear program); B. Grossman and O. Hart, "An Analysis of the Principal-Agent Problem",
 * <i>Econometrica</i> 51(1), 7–45, 1983.
 */
public final class MinimumPaymentContract {

  private MinimumPaymentContract() {}

  /**
   * The minimum-payment contract for {@code action}, or empty if no contract makes the agent take it.
   * The returned contract's {@link Contract#action()} is {@code action}; its utility assumes the agent's
   * ties go to the target.
   */
  public static Optional<Contract> solve(ContractProblem problem, int action) {
    if (action < 0 || action >= problem.actions()) {
      throw new IllegalArgumentException("target action " + action + " out of [0, " + problem.actions() + ")");
    }
    int outcomes = problem.outcomes();
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] payments = new Variable[outcomes];
    for (int j = 0; j < outcomes; j++) {
      payments[j] = model.addVariable("t" + j).lower(0).weight(problem.probability(action, j));
    }
    for (int other = 0; other < problem.actions(); other++) {
      if (other == action) {
        continue;
      }
      Expression incentive = model.addExpression("ic" + other).lower(problem.cost(action) - problem.cost(other));
      for (int j = 0; j < outcomes; j++) {
        incentive.set(payments[j], problem.probability(action, j) - problem.probability(other, j));
      }
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isOptimal()) {
      return Optional.empty();
    }
    double[] t = new double[outcomes];
    for (int j = 0; j < outcomes; j++) {
      t[j] = Math.max(0, payments[j].getValue().doubleValue());
    }
    double payment = problem.expectedPayment(action, t);
    return Optional.of(new Contract(t, action, payment, problem.expectedReward(action) - payment));
  }
}
