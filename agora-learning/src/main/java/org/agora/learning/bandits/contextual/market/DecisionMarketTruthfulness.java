package org.agora.learning.bandits.contextual.market;

import org.agora.core.scoring.DecisionRule;
import org.agora.core.scoring.ScoringRule;

/**
 * Checks on a grid that truthful reporting maximises an expert's expected payment in one round of a
 * {@link DecisionMarket} with binary outcomes: for beliefs {@code p_a} (probability of outcome 1 under
 * action a) and every report {@code q} in {@code {step, 2 step, ..., 1 - step}^K}, the expected payment
 * {@code sum_{a: d(a) > 0} d(a) sum_o p_a(o) (S(q_a, o) - S(prev_a, o)) / d(a)} is computed literally
 * (the decision distribution d depends on the report, and the division by d(a) is carried out), and
 * the best report is compared with the truthful one. Under a full-support decision rule the truthful
 * report must win strictly (Chen, Kash, Ruberry, Shnayder, ACM TEAC 2014, Theorem on strictly proper
 * decision making); under the deterministic best-action rule a misreport that steers the decision can
 * win, which the check exposes. O(m^K K) for m grid values.
 */
public final class DecisionMarketTruthfulness {

  private DecisionMarketTruthfulness() {}

  /**
   * The outcome of a grid check.
   *
   * @param bestReport the report of highest expected payment (probability of 1 per action)
   * @param bestPayment its expected payment
   * @param truthfulPayment the truthful report's expected payment
   * @param bestUntruthfulPayment the highest expected payment of a report that differs from the truth
   * @param reportsChecked the number of reports evaluated (grid points and the truth)
   */
  public record GridCheck(double[] bestReport, double bestPayment, double truthfulPayment,
      double bestUntruthfulPayment, long reportsChecked) {

    /** True when the truthful report is strictly better than every other report checked. */
    public boolean truthfulIsUniqueBest() {
      return truthfulPayment > bestUntruthfulPayment;
    }
  }

  /**
   * Runs the grid check.
   *
   * @param beliefs the expert's probability of outcome 1 under each action, in [0, 1]
   * @param previous the market forecast the expert replaces (sequential payment), or null (independent)
   * @param step the grid step, in (0, 0.5]; the grid has round(1 / step) - 1 values per action
   * @throws IllegalArgumentException for a bad belief, step, or a grid above 10 million reports
   */
  public static GridCheck check(ScoringRule rule, DecisionRule decisionRule, double[] beliefs, double[] previous,
      double step) {
    int actions = beliefs.length;
    for (double p : beliefs) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("beliefs must be probabilities in [0, 1], got " + p);
      }
    }
    if (previous != null && previous.length != actions) {
      throw new IllegalArgumentException("previous has " + previous.length + " actions, beliefs " + actions);
    }
    if (!(step > 0 && step <= 0.5)) {
      throw new IllegalArgumentException("step must be in (0, 0.5], got " + step);
    }
    int values = (int) Math.round(1 / step) - 1;
    if (Math.pow(values, actions) > 1e7) {
      throw new IllegalArgumentException("the grid has " + values + "^" + actions + " reports; allowed: at most 1e7");
    }
    double[][] forecasts = new double[actions][2];
    double[][] prior = new double[actions][2];
    double[] decision = new double[actions];
    double[] report = new double[actions];
    for (int a = 0; a < actions; a++) {
      double q = previous == null ? 0.5 : previous[a];
      prior[a][0] = 1 - q;
      prior[a][1] = q;
    }
    double truthful = expectedPayment(rule, decisionRule, beliefs, beliefs, previous != null, prior, forecasts,
        decision);
    double[] bestReport = beliefs.clone();
    double best = truthful;
    double bestUntruthful = Double.NEGATIVE_INFINITY;
    long checked = 1;
    int[] digits = new int[actions];
    while (true) {
      boolean differs = false;
      for (int a = 0; a < actions; a++) {
        report[a] = (digits[a] + 1) * step;
        differs |= Math.abs(report[a] - beliefs[a]) > 1e-12;
      }
      double payment = expectedPayment(rule, decisionRule, beliefs, report, previous != null, prior, forecasts,
          decision);
      checked++;
      if (differs && payment > bestUntruthful) {
        bestUntruthful = payment;
      }
      if (payment > best) {
        best = payment;
        bestReport = report.clone();
      }
      int position = 0;
      while (position < actions && ++digits[position] == values) {
        digits[position++] = 0;
      }
      if (position == actions) {
        break;
      }
    }
    return new GridCheck(bestReport, best, truthful, bestUntruthful, checked);
  }

  private static double expectedPayment(ScoringRule rule, DecisionRule decisionRule, double[] beliefs,
      double[] report, boolean sequential, double[][] prior, double[][] forecasts, double[] decision) {
    for (int a = 0; a < report.length; a++) {
      forecasts[a][0] = 1 - report[a];
      forecasts[a][1] = report[a];
    }
    decisionRule.distribution(forecasts, decision);
    double total = 0;
    for (int a = 0; a < report.length; a++) {
      if (decision[a] <= 0) {
        continue;
      }
      double conditional = 0;
      for (int o = 0; o < 2; o++) {
        double probability = o == 1 ? beliefs[a] : 1 - beliefs[a];
        if (probability > 0) {
          double score = rule.score(forecasts[a], o) - (sequential ? rule.score(prior[a], o) : 0);
          conditional += probability * score / decision[a];
        }
      }
      total += decision[a] * conditional;
    }
    return total;
  }
}
