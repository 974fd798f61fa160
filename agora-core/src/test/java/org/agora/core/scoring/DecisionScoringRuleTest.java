package org.agora.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionScoringRuleTest {

  /** Outcome 1 is "good" (value 1), outcome 0 "bad". */
  private static final double[] VALUES = {0, 1};

  @ParameterizedTest
  @ValueSource(strings = {"log", "quadratic", "spherical"})
  void fullSupportDecisionRuleIsStrictlyProper(String name) {
    DecisionScoringRule rule = new DecisionScoringRule(ScoringRule.named(name), DecisionRule.mixed(VALUES, 0.1));
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 200; trial++) {
      int actions = 2 + random.nextInt(3);
      double[][] beliefs = new double[actions][];
      for (int a = 0; a < actions; a++) {
        beliefs[a] = ScoringRuleTest.randomDistribution(random, 2);
      }
      double truthful = rule.expectedScore(beliefs, beliefs);
      for (int k = 0; k < 20; k++) {
        double[][] report = beliefs.clone();
        int lied = random.nextInt(actions);
        report[lied] = ScoringRuleTest.perturb(random, beliefs[lied], 0.05 + 0.9 * random.nextDouble());
        assertThat(rule.expectedScore(beliefs, report)).as("%s trial %d", name, trial).isLessThan(truthful);
      }
    }
  }

  @Test
  void deterministicDecisionRuleIsNotProper() {
    // The expert believes action 0 is good with probability 0.6 and action 1 with probability 0.05.
    // Truthfully action 0 is taken: expected log score 0.6 ln 0.6 + 0.4 ln 0.4 = -0.673. Claiming
    // action 0 is good with probability 0.01 moves the decision to action 1, whose outcome is nearly
    // certain: 0.05 ln 0.05 + 0.95 ln 0.95 = -0.199 > -0.673.
    DecisionScoringRule rule = new DecisionScoringRule(LogarithmicScoringRule.INSTANCE, DecisionRule.bestAction(VALUES));
    double[][] beliefs = {{0.4, 0.6}, {0.95, 0.05}};
    double[][] lie = {{0.99, 0.01}, {0.95, 0.05}};
    double truthful = rule.expectedScore(beliefs, beliefs);
    assertThat(truthful).isCloseTo(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4), within(1e-12));
    assertThat(rule.expectedScore(beliefs, lie)).isCloseTo(0.05 * Math.log(0.05) + 0.95 * Math.log(0.95),
        within(1e-12)).isGreaterThan(truthful);
    // The same lie loses under the full-support rule.
    DecisionScoringRule mixed = new DecisionScoringRule(LogarithmicScoringRule.INSTANCE, DecisionRule.mixed(VALUES, 0.2));
    assertThat(mixed.expectedScore(beliefs, lie)).isLessThan(mixed.expectedScore(beliefs, beliefs));
  }

  @Test
  void paymentIsScaledByTheDecisionProbability() {
    DecisionScoringRule rule = new DecisionScoringRule(QuadraticScoringRule.INSTANCE, DecisionRule.mixed(VALUES, 0.5));
    double[][] forecasts = {{0.3, 0.7}, {0.9, 0.1}};
    double[] d = rule.decision(forecasts);
    assertThat(d).containsExactly(0.75, 0.25);
    // Action 1 drawn with probability 0.25, outcome 0: (2 * 0.9 - 0.82) / 0.25.
    assertThat(rule.score(forecasts, 1, d[1], 0)).isCloseTo((1.8 - 0.82) / 0.25, within(1e-12));
    assertThatThrownBy(() -> rule.score(forecasts, 1, 0.0, 0)).hasMessageContaining("probability 0");
  }
}
