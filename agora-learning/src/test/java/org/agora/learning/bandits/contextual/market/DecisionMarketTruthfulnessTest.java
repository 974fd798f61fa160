package org.agora.learning.bandits.contextual.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.agora.core.scoring.DecisionRule;
import org.agora.core.scoring.ScoringRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The acceptance check: under a strictly proper decision scoring rule with a full-support
 * decision rule, the expected payment is maximised at the true belief, checked on a grid of reports for
 * each rule, with independent and sequential (market scoring rule) payments, for random beliefs.
 */
class DecisionMarketTruthfulnessTest {

  private static final double[] VALUES = {0, 1};
  private static final double STEP = 0.05;

  /** A probability on the grid {0.05, ..., 0.95}, so that the truthful report is one of the grid points. */
  private static double gridBelief(SplittableRandom random) {
    return (1 + random.nextInt(19)) * STEP;
  }

  @ParameterizedTest
  @ValueSource(strings = {"log", "quadratic", "spherical"})
  void truthfulReportIsTheUniqueBestOnTheGrid(String name) {
    ScoringRule rule = ScoringRule.named(name);
    SplittableRandom random = new SplittableRandom(name.hashCode());
    for (int trial = 0; trial < 30; trial++) {
      int actions = trial < 25 ? 2 : 3;
      double epsilon = 0.02 + 0.5 * random.nextDouble();
      double[] beliefs = new double[actions];
      double[] previous = new double[actions];
      for (int a = 0; a < actions; a++) {
        beliefs[a] = gridBelief(random);
        previous[a] = 0.01 + 0.98 * random.nextDouble();
      }
      DecisionRule decisionRule = DecisionRule.mixed(VALUES, epsilon);
      for (double[] prior : new double[][] {null, previous}) {
        DecisionMarketTruthfulness.GridCheck check =
            DecisionMarketTruthfulness.check(rule, decisionRule, beliefs, prior, STEP);
        assertThat(check.reportsChecked()).isEqualTo(1 + (long) Math.pow(19, actions));
        assertThat(check.bestReport()).as("%s, beliefs %s", name, java.util.Arrays.toString(beliefs))
            .containsExactly(beliefs, within(1e-12));
        assertThat(check.truthfulIsUniqueBest()).isTrue();
      }
    }
  }

  @Test
  void logRuleLossFromAMisreportIsTheSummedKlDivergence() {
    // Independent payment, full support: E[payment | q] = sum_a E_{p_a}[ln q_a], so the truthful report
    // beats the best other grid report by min over grid q != p of sum_a KL(p_a || q_a); with p = (0.3, 0.8) the
    // nearest grid reports move one action by 0.05, and the smallest such KL is at action 0 moved to 0.35 or 0.25.
    double[] beliefs = {0.3, 0.8};
    DecisionMarketTruthfulness.GridCheck check = DecisionMarketTruthfulness.check(ScoringRule.named("log"),
        DecisionRule.mixed(VALUES, 0.2), beliefs, null, STEP);
    double nearest = Double.POSITIVE_INFINITY;
    for (double[] move : new double[][] {{0.35, 0.8}, {0.25, 0.8}, {0.3, 0.85}, {0.3, 0.75}}) {
      nearest = Math.min(nearest, kl(0.3, move[0]) + kl(0.8, move[1]));
    }
    assertThat(check.truthfulPayment() - check.bestUntruthfulPayment()).isCloseTo(nearest, within(1e-12));
    assertThat(check.truthfulPayment()).isCloseTo(-entropy(0.3) - entropy(0.8), within(1e-12));
  }

  @Test
  void deterministicBestActionRuleIsNotProper() {
    // Beliefs (0.1, 0.6): truthfully the principal takes action 1 and the expert expects the log score of
    // 0.6, 0.6 ln 0.6 + 0.4 ln 0.4 = -0.6730. Reporting action 1 as 0.05 steers the principal to action 0,
    // whose outcome is easier to predict: 0.1 ln 0.1 + 0.9 ln 0.9 = -0.3251 (Chen et al. 2014).
    DecisionMarketTruthfulness.GridCheck check = DecisionMarketTruthfulness.check(ScoringRule.named("log"),
        DecisionRule.bestAction(VALUES), new double[] {0.1, 0.6}, null, STEP);
    assertThat(check.truthfulPayment()).isCloseTo(-entropy(0.6), within(1e-12));
    assertThat(check.bestPayment()).isCloseTo(-entropy(0.1), within(1e-12));
    assertThat(check.bestReport()[0]).isCloseTo(0.1, within(1e-12));
    assertThat(check.bestReport()[1]).isLessThan(0.1);
    assertThat(check.truthfulIsUniqueBest()).isFalse();
  }

  @Test
  void badInputIsRefused() {
    ScoringRule log = ScoringRule.named("log");
    DecisionRule mixed = DecisionRule.mixed(VALUES, 0.1);
    assertThatThrownBy(() -> DecisionMarketTruthfulness.check(log, mixed, new double[] {1.5}, null, STEP))
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> DecisionMarketTruthfulness.check(log, mixed, new double[] {0.5}, null, 0))
        .hasMessageContaining("step");
    assertThatThrownBy(() -> DecisionMarketTruthfulness.check(log, mixed, new double[8], null, 0.01))
        .hasMessageContaining("at most 1e7");
  }

  private static double kl(double p, double q) {
    return p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));
  }

  private static double entropy(double p) {
    return -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
  }
}
