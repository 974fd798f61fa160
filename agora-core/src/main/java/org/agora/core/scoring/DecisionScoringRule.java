package org.agora.core.scoring;

/**
 * A decision scoring rule: an expert reports, for every action {@code a} of a decision maker, a
 * forecast {@code q_a} of the outcome if {@code a} is taken; the decision maker draws an action
 * {@code a} from a {@link DecisionRule} applied to the reports, observes the outcome {@code o} of that
 * action only, and pays the expert {@code S(q_a, o) / d(a)}, where {@code S} is a strictly proper
 * {@link ScoringRule} and {@code d(a)} the probability the rule gave {@code a}.
 *
 * <p>The expert's expected payment under true conditional beliefs {@code p_a} is then
 * {@code sum_a d(a) * E_{p_a}[S(q_a, o)] / d(a) = sum_a E_{p_a}[S(q_a, o)]}, whatever the decision
 * rule does with the reports, so truthful reporting is the unique best reply exactly when the rule
 * gives every action positive probability (full support). With a deterministic rule the unchosen
 * actions' forecasts are never scored and the expert can steer the decision toward the action whose
 * outcome is easiest to predict: the rule is not proper (Chen et al.).
 *
 * <p>Y. Chen, I. A. Kash, M. Ruberry and V. Shnayder, "Eliciting Predictions and Recommendations for
 * Decision Making", <i>ACM Transactions on Economics and Computation</i> 2(2), article 6, 2014;
 * C. Oesterheld and V. Conitzer, "Decision Scoring Rules", WINE 2020.
 */
public final class DecisionScoringRule {

  private final ScoringRule rule;
  private final DecisionRule decisionRule;

  /** A decision scoring rule built on the proper rule {@code rule} and the decision rule {@code decisionRule}. */
  public DecisionScoringRule(ScoringRule rule, DecisionRule decisionRule) {
    this.rule = java.util.Objects.requireNonNull(rule, "rule");
    this.decisionRule = java.util.Objects.requireNonNull(decisionRule, "decisionRule");
  }

  /** The decision rule's distribution over actions for the reported {@code forecasts}. */
  public double[] decision(double[][] forecasts) {
    double[] d = new double[forecasts.length];
    decisionRule.distribution(forecasts, d);
    return d;
  }

  /**
   * The payment when {@code action} was taken (with probability {@code decisionProbability} under the
   * rule) and {@code outcome} happened.
   *
   * @throws IllegalArgumentException if the action had probability 0 (it cannot have been drawn)
   */
  public double score(double[][] forecasts, int action, double decisionProbability, int outcome) {
    if (!(decisionProbability > 0)) {
      throw new IllegalArgumentException("action " + action + " had decision probability " + decisionProbability
          + "; only an action the rule can draw is scored");
    }
    return rule.score(forecasts[action], outcome) / decisionProbability;
  }

  /**
   * The expert's expected payment when it reports {@code forecasts} and believes {@code beliefs[a]}
   * is the outcome distribution of action {@code a}: {@code sum_{a: d(a) > 0} E_{beliefs[a]}[S(q_a, o)]}.
   */
  public double expectedScore(double[][] beliefs, double[][] forecasts) {
    if (beliefs.length != forecasts.length) {
      throw new IllegalArgumentException("beliefs cover " + beliefs.length + " actions but the forecasts "
          + forecasts.length);
    }
    double[] d = decision(forecasts);
    double total = 0;
    for (int a = 0; a < d.length; a++) {
      if (d[a] > 0) {
        total += rule.expectedScore(beliefs[a], forecasts[a]);
      }
    }
    return total;
  }
}
