package org.agora.markets.mechanism.information;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The optimal incentive-compatible mechanism for multi-agent information acquisition with correlated
 * effort recommendations, after F. Cacciamani, M. Castiglioni and N. Gatti, "Online Information
 * Acquisition: Hiring Multiple Agents", ICLR 2024 (the LP for known instances).
 *
 * <p>The principal draws an effort profile {@code b} from a distribution {@code gamma} it designs and
 * privately recommends {@code b_i} to each agent {@code i}; agents exert effort, observe their signals
 * and report them; the principal acts with probability {@code phi(a | b, s)} on the reports {@code s}
 * and, once the state {@code theta} is realised, pays agent {@code i} {@code pi_i(b, s, theta) >= 0}.
 * With the products {@code y_b = gamma(b)}, {@code z = gamma(b) phi(a | b, s)} and
 * {@code x_i = gamma(b) pi_i(b, s, theta)} as variables, the mechanism that maximises the principal's
 * expected utility minus payments, subject to every agent preferring to follow its recommendation and
 * report truthfully, is a linear program:
 *
 * <pre>
 *   maximise  sum_{b,s,theta} mu(theta) P(s | theta, b) (sum_a u(a, theta) z[b,s,a] - sum_i x_i[b,s,theta])
 *   s.t.      sum_b y_b = 1,   sum_a z[b,s,a] = y_b,   y, z, x &gt;= 0,
 *             w_i[e,e',s'] &gt;= sum_{b: b_i = e} sum_theta mu(theta) P_i(s' | e', theta)
 *                                sum_{s_-i} P_-i(s_-i | theta, b_-i) x_i[b, (r, s_-i), theta]     for every report r,
 *             sum_{b: b_i = e} (sum_{s,theta} mu P x_i - c_i(e) y_b)  &gt;=  sum_{s'} w_i[e,e',s'] - c_i(e') sum_{b: b_i = e} y_b,
 *             x_i[b,s,theta] &lt;= cap * y_b
 * </pre>
 *
 * for every agent {@code i}, recommended effort {@code e} and deviation effort {@code e'} (including
 * {@code e' = e}, which covers misreporting alone). An agent who deviates to {@code e'} and then reports
 * the best reply to each signal it sees gets {@code sum_{s'} max_r (...)}; the auxiliary {@code w}
 * linearise that maximum, so the exponentially many reporting maps need not be enumerated.
 *
 * <p>The last constraint ties payments to recommended profiles: without it the program could promise
 * payments in a profile that is never recommended ({@code y_b = 0}), which the agent counts on but
 * never receives. It bounds every payment by {@code cap}; the default cap is
 * {@value #DEFAULT_CAP_FACTOR} times the instance's scale (the principal's utility range plus the
 * largest effort cost), far above what incentives need on sensible instances; pass a larger one
 * through {@link #solve(InformationAcquisitionProblem, int, double)} if a payment sits at the cap.
 *
 * <p>Departures from the paper: signals are independent across agents given the state and the
 * efforts, and payments may depend on the recommendation profile. Sizes: {@code n |B| |S| |Theta|}
 * payment variables and {@code sum_i |E_i|^2 |S_i|^2} report constraints, where {@code |B|} and
 * {@code |S|} are the numbers of effort and signal profiles (exponential in the number of agents);
 * meant for small instances. Solved with ojAlgo's {@link ExpressionsBasedModel} (simplex).
 */
public final class InformationAcquisitionLp {

  private static final double ZERO = 1e-12;
  /** The default payment cap, as a multiple of the instance's scale. */
  public static final double DEFAULT_CAP_FACTOR = 1000;

  private InformationAcquisitionLp() {}

  /** The optimal mechanism over all (correlated) recommendation distributions. */
  public static AcquisitionMechanism solve(InformationAcquisitionProblem problem) {
    return solve(problem, -1);
  }

  /**
   * The optimal mechanism that always recommends {@code profile} (a deterministic, hence uncorrelated,
   * recommendation), or over all distributions when {@code profile < 0}.
   *
   * @throws IllegalArgumentException if the profile is out of range
   * @throws IllegalStateException if a fixed profile cannot be implemented (for instance an effort that
   *     costs more than another with the same signals) or the solver fails. Without a fixed profile the
   *     program is always feasible: recommending every agent its cheapest effort and paying nothing
   *     satisfies every constraint.
   */
  public static AcquisitionMechanism solve(InformationAcquisitionProblem problem, int profile) {
    return solve(problem, profile, defaultCap(problem));
  }

  /** The default payment cap: {@link #DEFAULT_CAP_FACTOR} times the utility range plus the largest cost. */
  public static double defaultCap(InformationAcquisitionProblem problem) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (double[] row : problem.principalUtility()) {
      for (double u : row) {
        low = Math.min(low, u);
        high = Math.max(high, u);
      }
    }
    double cost = 0;
    for (InformationAgent agent : problem.agents()) {
      for (int e = 0; e < agent.efforts(); e++) {
        cost = Math.max(cost, agent.cost(e));
      }
    }
    double scale = high - low + cost;
    return DEFAULT_CAP_FACTOR * (scale > 0 ? scale : 1);
  }

  /**
   * As {@link #solve(InformationAcquisitionProblem, int)} with payments at most {@code paymentCap}.
   *
   * @throws IllegalArgumentException if the cap is not finite and positive
   */
  public static AcquisitionMechanism solve(InformationAcquisitionProblem problem, int profile, double paymentCap) {
    if (!(paymentCap > 0) || Double.isInfinite(paymentCap)) {
      throw new IllegalArgumentException("the payment cap must be finite and > 0, got " + paymentCap);
    }
    int profiles = problem.effortProfiles();
    if (profile >= profiles) {
      throw new IllegalArgumentException("effort profile " + profile + " out of [0, " + profiles + ")");
    }
    int signals = problem.signalProfiles();
    int states = problem.states();
    int actions = problem.actions();
    int agents = problem.agents().size();
    double[] prior = problem.prior();
    double[][] utility = problem.principalUtility();
    ExpressionsBasedModel model = new ExpressionsBasedModel();

    Variable[] y = new Variable[profiles];
    Expression total = model.addExpression("recommendation").level(1);
    for (int b = 0; b < profiles; b++) {
      y[b] = model.addVariable("y" + b).lower(0);
      if (profile >= 0) {
        y[b].level(b == profile ? 1 : 0);
      }
      total.set(y[b], 1);
    }
    Variable[] z = new Variable[profiles * signals * actions];
    for (int b = 0; b < profiles; b++) {
      for (int s = 0; s < signals; s++) {
        Expression sum = model.addExpression("decide" + b + "_" + s).level(0);
        sum.set(y[b], -1);
        for (int a = 0; a < actions; a++) {
          double weight = 0;
          for (int theta = 0; theta < states; theta++) {
            weight += prior[theta] * problem.signalProfileProbability(b, s, theta) * utility[a][theta];
          }
          Variable v = model.addVariable("z" + b + "_" + s + "_" + a).lower(0).weight(weight);
          z[(b * signals + s) * actions + a] = v;
          sum.set(v, 1);
        }
      }
    }
    Variable[] x = new Variable[agents * profiles * signals * states];
    for (int i = 0; i < agents; i++) {
      for (int b = 0; b < profiles; b++) {
        for (int s = 0; s < signals; s++) {
          for (int theta = 0; theta < states; theta++) {
            double weight = prior[theta] * problem.signalProfileProbability(b, s, theta);
            Variable payment = model.addVariable("x" + i + "_" + b + "_" + s + "_" + theta).lower(0).weight(-weight);
            x[((i * profiles + b) * signals + s) * states + theta] = payment;
            Expression capped = model.addExpression("cap" + i + "_" + b + "_" + s + "_" + theta).upper(0);
            capped.set(payment, 1);
            capped.set(y[b], -paymentCap);
          }
        }
      }
    }
    for (int i = 0; i < agents; i++) {
      addIncentiveConstraints(model, problem, i, y, x);
    }

    Optimisation.Result result = model.maximise();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException("the information-acquisition LP ended " + result.getState()
          + (profile >= 0 ? " (effort profile " + profile + " cannot be implemented)" : ""));
    }
    return extract(problem, result.getValue(), y, z, x);
  }

  /** Obedience and truthfulness of agent {@code i}, for every recommended and deviation effort. */
  private static void addIncentiveConstraints(ExpressionsBasedModel model, InformationAcquisitionProblem problem,
      int i, Variable[] y, Variable[] x) {
    InformationAgent agent = problem.agents().get(i);
    int profiles = problem.effortProfiles();
    int signals = problem.signalProfiles();
    int states = problem.states();
    double[] prior = problem.prior();
    for (int e = 0; e < agent.efforts(); e++) {
      for (int deviation = 0; deviation < agent.efforts(); deviation++) {
        Expression obedience = model.addExpression("ic" + i + "_" + e + "_" + deviation).lower(0);
        for (int b = 0; b < profiles; b++) {
          if (problem.effortOf(b, i) != e) {
            continue;
          }
          obedience.set(y[b], agent.cost(deviation) - agent.cost(e));
          for (int s = 0; s < signals; s++) {
            for (int theta = 0; theta < states; theta++) {
              obedience.set(x[((i * profiles + b) * signals + s) * states + theta],
                  prior[theta] * problem.signalProfileProbability(b, s, theta));
            }
          }
        }
        for (int seen = 0; seen < agent.signals(); seen++) {
          Variable w = model.addVariable("w" + i + "_" + e + "_" + deviation + "_" + seen);
          obedience.set(w, -1);
          for (int report = 0; report < agent.signals(); report++) {
            Expression bound = model.addExpression("report" + i + "_" + e + "_" + deviation + "_" + seen + "_" + report)
                .lower(0);
            bound.set(w, 1);
            for (int b = 0; b < profiles; b++) {
              if (problem.effortOf(b, i) != e) {
                continue;
              }
              for (int s = 0; s < signals; s++) {
                if (problem.signalOf(s, i) != report) {
                  continue;
                }
                for (int theta = 0; theta < states; theta++) {
                  double coefficient = prior[theta] * agent.signalProbability(deviation, theta, seen)
                      * problem.othersSignalProbability(b, s, theta, i);
                  if (coefficient != 0) {
                    bound.set(x[((i * profiles + b) * signals + s) * states + theta], -coefficient);
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  private static AcquisitionMechanism extract(InformationAcquisitionProblem problem, double value, Variable[] y,
      Variable[] z, Variable[] x) {
    int profiles = problem.effortProfiles();
    int signals = problem.signalProfiles();
    int states = problem.states();
    int actions = problem.actions();
    double[] recommendation = new double[profiles];
    for (int b = 0; b < profiles; b++) {
      recommendation[b] = Math.max(0, y[b].getValue().doubleValue());
    }
    double[] decision = new double[z.length];
    for (int index = 0; index < z.length; index++) {
      int b = index / (signals * actions);
      decision[index] = recommendation[b] > ZERO ? Math.max(0, z[index].getValue().doubleValue()) / recommendation[b] : 0;
    }
    double[] payments = new double[x.length];
    double expectedPayment = 0;
    for (int index = 0; index < x.length; index++) {
      int b = (index / (signals * states)) % profiles;
      int s = (index / states) % signals;
      int theta = index % states;
      double scaled = Math.max(0, x[index].getValue().doubleValue());
      payments[index] = recommendation[b] > ZERO ? scaled / recommendation[b] : 0;
      expectedPayment += scaled * problem.prior()[theta] * problem.signalProfileProbability(b, s, theta);
    }
    return new AcquisitionMechanism(problem, value, expectedPayment, recommendation, decision, payments);
  }
}
