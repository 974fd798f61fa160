package org.agora.learning.bandits.contextual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agora.learning.bandits.BanditRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Regret of the contextual policies on linear instances. Theory: LinUCB and linear Thompson sampling
 * have regret O~(d sqrt(T)) in the worst case (Chu et al. 2011; Agrawal and Goyal 2013) and
 * polylogarithmic regret when the arms' gaps are bounded away from 0, so the log-log slope of the
 * regret over T = 1e3..1e4 must be at most 1/2 up to the log factors; we require < 0.6 (constant
 * epsilon-greedy explores a fixed fraction of rounds, slope close to 1). A context-blind policy cannot
 * beat the best fixed arm, which on these symmetric instances (theta_k and x on the unit sphere) is
 * no better than uniform play: its regret is linear.
 */
class ContextualRegretTest {

  private static final String LINEAR = "linear(arms=5,dimension=10,noise=0.1,seed=3)";
  private static final String SHARED = "linear-shared(arms=4,dimension=3,noise=0.1,seed=5)";
  private static final long HORIZON = 10_000;
  private static final int SEEDS = 4;

  private static List<BanditRun> runs(String policy, String problem) {
    List<BanditRun> runs = new ArrayList<>();
    for (int seed = 0; seed < SEEDS; seed++) {
      runs.add(ContextualBanditSimulation.run(policy, problem, HORIZON, seed));
    }
    return runs;
  }

  private static double mean(List<BanditRun> runs, long round) {
    double total = 0;
    for (BanditRun run : runs) {
      total += run.regretAt(round);
    }
    return total / runs.size();
  }

  /** Least-squares slope of ln(mean regret) against ln t over the grid rounds in [from, to]. */
  private static double slope(List<BanditRun> runs, long from, long to) {
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int n = 0;
    for (long round : runs.get(0).rounds()) {
      if (round >= from && round <= to) {
        double x = Math.log(round);
        double y = Math.log(mean(runs, round));
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        n++;
      }
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  @ParameterizedTest
  @ValueSource(strings = {"linucb(alpha=1)", "lin-ts(v=0.2)", "lin-ts(v=0.5)"})
  void sublinearRegretThatBeatsUniformAndContextBlindUcb1(String policy) {
    for (String problem : List.of(LINEAR, SHARED)) {
      List<BanditRun> learner = runs(policy, problem);
      assertThat(slope(learner, 1000, HORIZON)).as(policy + " on " + problem).isLessThan(0.6);
      assertThat(mean(learner, HORIZON) / HORIZON).isLessThan(mean(learner, 1000) / 1000);
      double uniform = mean(runs("uniform", problem), HORIZON);
      double blind = mean(runs("ucb1", problem), HORIZON);
      // Linear regret of the context-free baselines, at least 5 times the learner's at T = 1e4.
      assertThat(mean(learner, HORIZON)).as(policy + " on " + problem).isLessThan(uniform / 5).isLessThan(blind / 5);
    }
  }

  @Test
  void constantEpsilonGreedyHasLinearRegretAndLosesToLinUcb() {
    // A fixed exploration rate 0.1 costs about 0.1 * (mean gap of a random arm) per round: slope near 1.
    List<BanditRun> greedy = runs("ridge-epsilon-greedy(epsilon=0.1)", LINEAR);
    assertThat(slope(greedy, 1000, HORIZON)).isGreaterThan(0.75);
    assertThat(mean(runs("linucb", LINEAR), HORIZON)).isLessThan(mean(greedy, HORIZON));
  }

  @Test
  void sameSeedSameRunDifferentSeedDifferentRun() {
    for (String policy : List.of("linucb", "lin-ts", "ridge-epsilon-greedy", "uniform", "ucb1")) {
      BanditRun first = ContextualBanditSimulation.run(policy, LINEAR, 2000, 42);
      BanditRun again = ContextualBanditSimulation.run(policy, LINEAR, 2000, 42);
      BanditRun other = ContextualBanditSimulation.run(policy, LINEAR, 2000, 43);
      assertThat(again.regret()).as(policy).containsExactly(first.regret());
      assertThat(again.pulls()).containsExactly(first.pulls());
      assertThat(again.totalReward()).isEqualTo(first.totalReward());
      assertThat(other.totalReward()).as(policy).isNotEqualTo(first.totalReward());
    }
  }

  @Test
  void regretNeverDecreasesAndTheRunNamesItsStrings() {
    BanditRun run = ContextualBanditSimulation.run("lin-ts(v=0.3)", LINEAR, 3000, 1);
    for (int i = 1; i < run.regret().length; i++) {
      assertThat(run.regret()[i]).isGreaterThanOrEqualTo(run.regret()[i - 1]);
    }
    assertThat(run.policy()).isEqualTo("lin-ts(v=0.3,lambda=1.0)");
    assertThat(run.problem()).isEqualTo("linear(arms=5,dimension=10,noise=0.1,seed=3)");
    assertThat(java.util.Arrays.stream(run.pulls()).sum()).isEqualTo(3000);
  }
}
