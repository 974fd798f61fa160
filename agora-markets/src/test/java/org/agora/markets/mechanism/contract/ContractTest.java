package org.agora.markets.mechanism.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContractTest {

  /** Shirk (cost 0, success 0.2) or work (cost 1, success 0.6); the principal gets 10 on success. */
  private static final ContractProblem WORK_OR_SHIRK = new ContractProblem(
      new double[][] {{0.8, 0.2}, {0.4, 0.6}}, new double[] {0, 1}, new double[] {0, 10});

  @Test
  void twoActionsTwoOutcomesHaveTheClosedFormMinimumPayment() {
    // Paying t on success only: IC is t (0.6 - 0.2) >= 1, so t = c / (b - a) = 2.5 and the expected
    // payment is b c / (b - a) = 1.5; the principal keeps 6 - 1.5 = 4.5 (shirking: 2 for free).
    Contract work = MinimumPaymentContract.solve(WORK_OR_SHIRK, 1).orElseThrow();
    assertThat(work.payments()[0]).isCloseTo(0, within(1e-9));
    assertThat(work.payments()[1]).isCloseTo(2.5, within(1e-9));
    assertThat(work.expectedPayment()).isCloseTo(1.5, within(1e-9));
    assertThat(work.principalUtility()).isCloseTo(4.5, within(1e-9));
    Contract shirk = MinimumPaymentContract.solve(WORK_OR_SHIRK, 0).orElseThrow();
    assertThat(shirk.expectedPayment()).isCloseTo(0, within(1e-9));
    assertThat(OptimalContract.solve(WORK_OR_SHIRK).action()).isEqualTo(1);
    // Linear: work once 6 alpha - 1 >= 2 alpha, alpha = 1/4, utility (3/4) 6 = 4.5.
    LinearContract linear = LinearContract.optimal(WORK_OR_SHIRK);
    assertThat(linear.share()).isCloseTo(0.25, within(1e-12));
    assertThat(linear.action()).isEqualTo(1);
    assertThat(linear.principalUtility()).isCloseTo(4.5, within(1e-12));
  }

  @Test
  void aDominatedActionIsNotImplementable() {
    // Action 2 draws the same outcomes as action 1 at a higher cost.
    ContractProblem problem = new ContractProblem(new double[][] {{0.8, 0.2}, {0.4, 0.6}, {0.4, 0.6}},
        new double[] {0, 1, 2}, new double[] {0, 10});
    assertThat(MinimumPaymentContract.solve(problem, 2)).isEmpty();
    assertThat(MinimumPaymentContract.solve(problem, 1)).isPresent();
  }

  @Test
  void optimalContractsAreIncentiveCompatibleWithLimitedLiabilityAndBeatLinearOnes() {
    SplittableRandom random = new SplittableRandom(2019);
    int strictGaps = 0;
    for (int trial = 0; trial < 150; trial++) {
      ContractProblem problem = randomProblem(random, 2 + random.nextInt(4), 2 + random.nextInt(4));
      Contract optimal = OptimalContract.solve(problem);
      double[] t = optimal.payments();
      for (double payment : t) {
        assertThat(payment).isGreaterThanOrEqualTo(0);
      }
      double target = problem.expectedPayment(optimal.action(), t) - problem.cost(optimal.action());
      for (int other = 0; other < problem.actions(); other++) {
        assertThat(target).as("trial %d IC against %d", trial, other)
            .isGreaterThanOrEqualTo(problem.expectedPayment(other, t) - problem.cost(other) - 1e-7);
      }
      for (int action = 0; action < problem.actions(); action++) {
        var candidate = MinimumPaymentContract.solve(problem, action);
        if (candidate.isPresent()) {
          assertThat(optimal.principalUtility()).as("trial %d vs action %d", trial, action)
              .isGreaterThanOrEqualTo(candidate.get().principalUtility() - 1e-9);
        }
      }
      LinearContract linear = LinearContract.optimal(problem);
      // A linear contract is a contract: the optimum is at least as good (up to the LP's tolerance).
      assertThat(optimal.principalUtility()).isGreaterThanOrEqualTo(linear.principalUtility() - 1e-6);
      // The linear contract's claimed utility is what the agent's best response gives.
      assertThat(problem.principalUtility(linear.payments(problem))).isCloseTo(linear.principalUtility(),
          within(1e-9));
      if (optimal.principalUtility() > linear.principalUtility() + 1e-3) {
        strictGaps++;
      }
    }
    // Linear contracts are not optimal in general (Dütting et al. bound their loss by a factor of the number of actions).
    assertThat(strictGaps).isPositive();
  }

  @Test
  void learningWithOutcomeOnlyFeedbackFindsTheBestLinearContract() {
    // Costs 0, 1, 3; success probabilities 0.1, 0.5, 0.9; reward 10 on success: R = 1, 5, 9. The best
    // linear share is 1/2 (the agent is indifferent between actions 1 and 2 and takes 2): utility 4.5.
    ContractProblem problem = new ContractProblem(new double[][] {{0.9, 0.1}, {0.5, 0.5}, {0.1, 0.9}},
        new double[] {0, 1, 3}, new double[] {0, 10});
    assertThat(LinearContract.optimal(problem).principalUtility()).isCloseTo(4.5, within(1e-12));
    LinearContractLearner.Run run = LinearContractLearner.run(problem, 11, 200_000, new SplittableRandom(23));
    assertThat(run.mostPlayedShare()).isEqualTo(0.5);
    // The next-best grid shares give 3.6 and 3.0; UCB1's logarithmic exploration costs little over 200k rounds.
    assertThat(run.averageUtility()).isGreaterThan(4.3).isLessThan(4.5 + 0.05);
  }

  @Test
  void badProblemsAreRefusedWithTheValue() {
    assertThatThrownBy(() -> new ContractProblem(new double[][] {{0.5, 0.6}}, new double[] {0}, new double[] {0, 1}))
        .hasMessageContaining("sum to 1.1");
    assertThatThrownBy(() -> new ContractProblem(new double[][] {{0.5, 0.5}}, new double[] {-1}, new double[] {0, 1}))
        .hasMessageContaining("-1.0");
    assertThatThrownBy(() -> LinearContract.at(WORK_OR_SHIRK, 1.5)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> MinimumPaymentContract.solve(WORK_OR_SHIRK, 5)).hasMessageContaining("5");
  }

  private static ContractProblem randomProblem(SplittableRandom random, int actions, int outcomes) {
    double[][] f = new double[actions][outcomes];
    double[] costs = new double[actions];
    for (int i = 0; i < actions; i++) {
      double total = 0;
      for (int j = 0; j < outcomes; j++) {
        f[i][j] = 0.05 + random.nextDouble();
        total += f[i][j];
      }
      for (int j = 0; j < outcomes; j++) {
        f[i][j] /= total;
      }
      costs[i] = random.nextDouble() * 2;
    }
    double[] rewards = new double[outcomes];
    for (int j = 0; j < outcomes; j++) {
      rewards[j] = 10 * random.nextDouble();
    }
    return new ContractProblem(f, costs, rewards);
  }
}
