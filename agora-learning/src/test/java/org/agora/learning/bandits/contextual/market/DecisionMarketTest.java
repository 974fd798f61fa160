package org.agora.learning.bandits.contextual.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.GameSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The repeated decision market: the learning expert's regret, payments, determinism and errors. */
class DecisionMarketTest {

  private static final String PROBLEM = "bernoulli-linear(arms=3,dimension=5,seed=2)";
  private static final int SEEDS = 4;

  private static List<DecisionMarketRun> runs(List<String> experts, String rule, String payment, long horizon) {
    List<DecisionMarketRun> runs = new ArrayList<>();
    for (int seed = 0; seed < SEEDS; seed++) {
      runs.add(DecisionMarket.create(PROBLEM, experts, rule, 0.1, payment).run(horizon, seed));
    }
    return runs;
  }

  private static double meanRegret(List<DecisionMarketRun> runs, int expert, long round) {
    double total = 0;
    for (DecisionMarketRun run : runs) {
      total += run.expertRegretAt(expert, round);
    }
    return total / runs.size();
  }

  @ParameterizedTest
  @ValueSource(strings = {"log", "quadratic", "spherical"})
  void learningExpertHasSublinearRegretAndTheTruthfulExpertNone(String rule) {
    // The principal explores every action with probability >= epsilon / K, so the learner's ridge estimate of
    // each action has error variance O(d K / (epsilon t)) and its per-round score loss (a Bregman divergence,
    // quadratic near the truth) sums to O(d K log T / epsilon): the regret curve flattens (log-log slope over
    // T = 1e3..1e4 well below 1/2), while an uninformed constant forecaster loses a fixed amount per round.
    List<DecisionMarketRun> runs = runs(List.of("learner", "informed", "informed(bias=0.1)", "constant(p=0.5)"),
        rule, "independent", 10_000);
    double at1000 = meanRegret(runs, 0, 1000);
    double at10000 = meanRegret(runs, 0, 10_000);
    assertThat(Math.log(at10000 / at1000) / Math.log(10)).as(rule).isLessThan(0.5);
    assertThat(at10000 / 10_000).isLessThan(at1000 / 1000);
    double constant = meanRegret(runs, 3, 10_000);
    assertThat(Math.log(constant / meanRegret(runs, 3, 1000)) / Math.log(10)).isGreaterThan(0.95);
    assertThat(at10000).isLessThan(constant / 5);
    // The truthful informed expert only loses where the truth is clipped to [0.001, 0.999]; the biased one
    // loses at every round.
    assertThat(meanRegret(runs, 1, 10_000)).isLessThan(1);
    assertThat(meanRegret(runs, 2, 10_000)).isGreaterThan(100 * Math.max(1e-9, meanRegret(runs, 1, 10_000)));
  }

  @Test
  void sequentialPaymentsTelescopeAndTheFirstReportOfOneHalfEarnsNothing() {
    // The market starts at 1/2: a constant(p=0.5) first expert moves nothing and is paid exactly 0, and the
    // payments of a sequence of experts sum to (S(q_last) - S(1/2)) / d per round.
    DecisionMarketRun run = DecisionMarket.create(PROBLEM, List.of("constant(p=0.5)", "learner"), "log", 0.2,
        "sequential").run(2000, 3);
    assertThat(run.payments()[0]).isZero();
    DecisionMarketRun alone = DecisionMarket.create(PROBLEM, List.of("learner"), "log", 0.2, "sequential")
        .run(2000, 3);
    assertThat(run.payments()[1]).isEqualTo(alone.payments()[0]);
    assertThat(run.principalRegret()).containsExactly(alone.principalRegret());
  }

  @Test
  void principalRegretIsEpsilonTimesTheMeanGapWithATruthfulExpert() {
    // Informed expert, sequential market: the principal takes the best action with probability 1 - eps + eps/K
    // and each other with eps/K, so its regret per round is eps * mean_a(max p - p_a); that average over contexts
    // is positive, and doubling eps doubles the regret up to the Monte Carlo error of the shared contexts (none:
    // same seed, same contexts).
    DecisionMarketRun low = DecisionMarket.create(PROBLEM, List.of("informed(floor=1e-9)"), "log", 0.1,
        "sequential").run(5000, 1);
    DecisionMarketRun high = DecisionMarket.create(PROBLEM, List.of("informed(floor=1e-9)"), "log", 0.2,
        "sequential").run(5000, 1);
    double ratio = high.principalRegretAt(5000) / low.principalRegretAt(5000);
    assertThat(ratio).isBetween(2 - 1e-6, 2 + 1e-6);
  }

  @Test
  void sameSeedSameRun() {
    List<String> experts = List.of("learner", "informed(bias=-0.05)");
    DecisionMarketRun first = DecisionMarket.create(PROBLEM, experts, "quadratic", 0.1, "sequential").run(3000, 9);
    DecisionMarketRun again = DecisionMarket.create(PROBLEM, experts, "quadratic", 0.1, "sequential").run(3000, 9);
    DecisionMarketRun other = DecisionMarket.create(PROBLEM, experts, "quadratic", 0.1, "sequential").run(3000, 10);
    assertThat(again.payments()).containsExactly(first.payments());
    assertThat(again.expertRegret()[0]).containsExactly(first.expertRegret()[0]);
    assertThat(again.actionCounts()).containsExactly(first.actionCounts());
    assertThat(other.payments()[0]).isNotEqualTo(first.payments()[0]);
    assertThat(first.experts()).containsExactly("learner(lambda=1.0,floor=0.001)", "informed(bias=-0.05,floor=0.001)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "linear(arms=3,dimension=5)|learner|log|0.1|sequential|needs 0/1 outcomes",
      "logistic|oracle|log|0.1|sequential|unknown expert 'oracle'; known: constant, informed, learner",
      "logistic|constant(p=1)|log|0.1|sequential|constant: parameter 'p'",
      "logistic|learner(floor=0.7)|log|0.1|sequential|floor",
      "logistic|learner|brier2|0.1|sequential|unknown scoring rule 'brier2'",
      "logistic|learner|log|0|sequential|epsilon must be in (0, 1]",
      "logistic|learner|log|0.1|auction|unknown payment 'auction'",
      "logistic|learner(|log|0.1|sequential|bad expert string"})
  void badMarketsGiveOneLineErrors(String problem, String expert, String rule, double epsilon, String payment,
      String expected) {
    assertThatThrownBy(() -> DecisionMarket.create(problem, List.of(expert), rule, epsilon, payment))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aRoundAllocatesNothing() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    DecisionMarket market = DecisionMarket.create(PROBLEM, List.of("learner", "informed", "constant"), "spherical",
        0.1, "independent");
    market.run(1000, 1);
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    market.run(20_000, 1);
    long middle = threads.getThreadAllocatedBytes(thread);
    market.run(40_000, 1);
    long after = threads.getThreadAllocatedBytes(thread);
    // 20,000 more rounds may only cost the few extra grid points, far below one 16-byte object per round.
    assertThat((after - middle) - (middle - before)).isLessThan(64 * 1024);
  }
}
