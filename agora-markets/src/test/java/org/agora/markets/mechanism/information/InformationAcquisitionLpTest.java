package org.agora.markets.mechanism.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InformationAcquisitionLpTest {

  /** Guess the state: utility 1 when the action matches it. */
  private static final double[][] MATCH = {{1, 0}, {0, 1}};

  /** Effort 0 is free and uninformative (always signal 0); effort 1 costs {@code cost} and reveals the state. */
  private static InformationAgent expert(double cost) {
    return new InformationAgent(new double[] {0, cost},
        new double[][][] {{{1, 0}, {1, 0}}, {{1, 0}, {0, 1}}});
  }

  @ParameterizedTest
  @CsvSource({"0.1,0.8", "0.2,0.6", "0.3,0.5", "0.0,1.0"})
  void singleExpertValueIsTheHandComputedOne(double cost, double expected) {
    // Pay x_s when the report s matches the state: working earns (x_0 + x_1)/2, shirking (signal always 0)
    // at best max(x_0, x_1)/2, so obedience needs min(x_0, x_1) >= 2c and the cheapest scoring rule costs
    // 2c. The principal gets max(1/2 (guessing), 1 - 2c).
    InformationAcquisitionProblem problem = new InformationAcquisitionProblem(new double[] {0.5, 0.5}, MATCH,
        List.of(expert(cost)));
    AcquisitionMechanism mechanism = InformationAcquisitionLp.solve(problem);
    assertThat(mechanism.value()).isCloseTo(expected, within(1e-7));
    assertThat(problem.uninformedValue()).isEqualTo(0.5);
  }

  @Test
  void correlatedMechanismsAreIncentiveCompatibleAndBeatDeterministicRecommendations() {
    SplittableRandom random = new SplittableRandom(2024);
    for (int trial = 0; trial < 25; trial++) {
      InformationAcquisitionProblem problem = randomProblem(random);
      AcquisitionMechanism optimal = InformationAcquisitionLp.solve(problem);
      assertThat(optimal.value()).isGreaterThanOrEqualTo(problem.uninformedValue() - 1e-7);
      assertThat(recomputedValue(problem, optimal)).as("trial %d", trial).isCloseTo(optimal.value(), within(1e-6));
      assertIncentiveCompatible(problem, optimal);
      for (int profile = 0; profile < problem.effortProfiles(); profile++) {
        double fixed;
        try {
          fixed = InformationAcquisitionLp.solve(problem, profile).value();
        } catch (IllegalStateException notImplementable) {
          continue;
        }
        assertThat(optimal.value()).as("trial %d vs profile %d", trial, profile).isGreaterThanOrEqualTo(fixed - 1e-7);
      }
    }
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> new InformationAcquisitionProblem(new double[] {0.5, 0.6}, MATCH, List.of(expert(0.1))))
        .hasMessageContaining("sums to 1.1");
    assertThatThrownBy(() -> new InformationAgent(new double[] {0, -1}, new double[][][] {{{1}}, {{1}}}))
        .hasMessageContaining("-1.0");
    InformationAcquisitionProblem problem = new InformationAcquisitionProblem(new double[] {0.5, 0.5}, MATCH,
        List.of(expert(0.1)));
    assertThatThrownBy(() -> InformationAcquisitionLp.solve(problem, 7)).hasMessageContaining("profile 7");
  }

  /** Two agents, two states, two effort levels, two signals, two or three principal actions. */
  private static InformationAcquisitionProblem randomProblem(SplittableRandom random) {
    double p = 0.2 + 0.6 * random.nextDouble();
    List<InformationAgent> agents = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      double[][][] signals = new double[2][2][];
      for (int e = 0; e < 2; e++) {
        double accuracy = e == 0 ? 0.5 + 0.1 * random.nextDouble() : 0.65 + 0.35 * random.nextDouble();
        signals[e][0] = new double[] {accuracy, 1 - accuracy};
        signals[e][1] = new double[] {1 - accuracy, accuracy};
      }
      agents.add(new InformationAgent(new double[] {0, 0.15 * random.nextDouble()}, signals));
    }
    int actions = 2 + random.nextInt(2);
    double[][] utility = new double[actions][2];
    for (int a = 0; a < actions; a++) {
      utility[a][0] = random.nextDouble();
      utility[a][1] = random.nextDouble();
    }
    return new InformationAcquisitionProblem(new double[] {1 - p, p}, utility, agents);
  }

  private static double recomputedValue(InformationAcquisitionProblem problem, AcquisitionMechanism mechanism) {
    double value = 0;
    for (int b = 0; b < problem.effortProfiles(); b++) {
      for (int s = 0; s < problem.signalProfiles(); s++) {
        for (int theta = 0; theta < problem.states(); theta++) {
          double weight = mechanism.recommendationProbability(b) * problem.prior()[theta]
              * problem.signalProfileProbability(b, s, theta);
          for (int a = 0; a < problem.actions(); a++) {
            value += weight * mechanism.decisionProbability(b, s, a) * problem.principalUtility()[a][theta];
          }
          for (int i = 0; i < problem.agents().size(); i++) {
            value -= weight * mechanism.payment(i, b, s, theta);
          }
        }
      }
    }
    return value;
  }

  /** Every deviation effort combined with every reporting map (2 signals: 4 maps) gains at most 1e-6. */
  private static void assertIncentiveCompatible(InformationAcquisitionProblem problem, AcquisitionMechanism mechanism) {
    for (int i = 0; i < problem.agents().size(); i++) {
      InformationAgent agent = problem.agents().get(i);
      for (int e = 0; e < agent.efforts(); e++) {
        double obedient = agentUtility(problem, mechanism, i, e, e, new int[] {0, 1});
        for (int deviation = 0; deviation < agent.efforts(); deviation++) {
          for (int map = 0; map < 4; map++) {
            int[] report = {map & 1, (map >> 1) & 1};
            assertThat(agentUtility(problem, mechanism, i, e, deviation, report))
                .as("agent %d told %d deviates to %d with reports %d", i, e, deviation, map)
                .isLessThanOrEqualTo(obedient + 1e-6);
          }
        }
      }
    }
  }

  /** Agent i's expected utility, jointly with being told e, when it exerts {@code effort} and reports report[seen]. */
  private static double agentUtility(InformationAcquisitionProblem problem, AcquisitionMechanism mechanism, int i,
      int e, int effort, int[] report) {
    InformationAgent agent = problem.agents().get(i);
    double total = 0;
    for (int b = 0; b < problem.effortProfiles(); b++) {
      double gamma = mechanism.recommendationProbability(b);
      if (problem.effortOf(b, i) != e || gamma == 0) {
        continue;
      }
      total -= gamma * agent.cost(effort);
      for (int s = 0; s < problem.signalProfiles(); s++) {
        int seen = problem.signalOf(s, i);
        int reported = problem.withSignal(s, i, report[seen]);
        for (int theta = 0; theta < problem.states(); theta++) {
          double probability = problem.prior()[theta] * agent.signalProbability(effort, theta, seen)
              * problem.othersSignalProbability(b, s, theta, i);
          total += gamma * probability * mechanism.payment(i, b, reported, theta);
        }
      }
    }
    return total;
  }
}
