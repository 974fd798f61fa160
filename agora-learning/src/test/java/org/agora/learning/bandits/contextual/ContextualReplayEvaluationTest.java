package org.agora.learning.bandits.contextual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.agora.learning.bandits.BanditRun;
import org.agora.learning.bandits.arm.ReplayEvaluation;
import org.junit.jupiter.api.Test;

class ContextualReplayEvaluationTest {

  private static final String PROBLEM = "linear(arms=5,dimension=6,noise=0.1,seed=8)";
  private static final int LOGGED = 50_000;

  @Test
  void replayOfAUniformLogMatchesTheOnlineRun() {
    // Li et al. 2011, Theorem 1: under uniform logging a round is accepted with probability exactly 1/K whatever
    // the policy does, so the accepted count is Binomial(L, 1/K) (sd sqrt(L (1/K)(1 - 1/K)) = 89.4 here), and the
    // accepted rounds are an online run of the policy: its replayed average reward matches the online average over
    // as many rounds. Per-round rewards have sd below 0.5 (means in [-1, 1], noise 0.1), so over ~10,000 rounds the
    // standard error is below 0.005; we allow 0.03 for the run-to-run variation of what LinUCB learns.
    ContextualBanditProblem problem = ContextualBanditRegistry.createProblem(PROBLEM);
    ContextualReplayLog log = ContextualReplayLog.logUniformly(problem, LOGGED, 5);
    for (String policy : List.of("linucb", "lin-ts(v=0.2)", "uniform")) {
      ReplayEvaluation.Result replay = ContextualReplayEvaluation.run(policy, log, 1);
      assertThat((double) replay.acceptedRounds()).as(policy).isCloseTo(LOGGED / 5.0, within(5 * 89.4));
      double online = 0;
      for (int seed = 0; seed < 4; seed++) {
        BanditRun run = ContextualBanditSimulation.run(policy, problem, replay.acceptedRounds(), seed);
        online += run.totalReward() / run.horizon() / 4;
      }
      assertThat(replay.averageReward()).as(policy).isCloseTo(online, within(0.03));
    }
    double linucb = ContextualReplayEvaluation.run("linucb", log, 1).averageReward();
    double uniform = ContextualReplayEvaluation.run("uniform", log, 1).averageReward();
    assertThat(linucb).isGreaterThan(uniform + 0.3);
  }

  @Test
  void parsesCsvWithAHeaderAndRefusesBadLines() {
    ContextualReplayLog log = ContextualReplayLog.parse(List.of("arm,reward,x1,x2", "", "1,0.5,0.1,0.2", "0,1,-1,3"),
        "log.csv");
    assertThat(log.rounds()).isEqualTo(2);
    assertThat(log.armCount()).isEqualTo(2);
    assertThat(log.dimension()).isEqualTo(2);
    assertThat(log.contexts()).containsExactly(0.1, 0.2, -1, 3);
    assertThatThrownBy(() -> ContextualReplayLog.parse(List.of("1,0.5,0.1", "0,1"), "log.csv"))
        .hasMessage("log.csv line 2: expected 3 columns like the first round, got 2 in '0,1'");
    assertThatThrownBy(() -> ContextualReplayLog.parse(List.of("1,0.5"), "log.csv"))
        .hasMessageContaining("expected 'arm,reward,x_1,...,x_d'");
    assertThatThrownBy(() -> ContextualReplayLog.parse(List.of("1,0.5,abc"), "log.csv"))
        .hasMessageContaining("line 1: expected an arm number, a reward and 1 context numbers");
    assertThatThrownBy(() -> ContextualReplayLog.parse(List.of("-1,0.5,1"), "log.csv"))
        .hasMessageContaining("the arm must be >= 0");
    assertThatThrownBy(() -> ContextualReplayLog.parse(List.of("1,0.5,NaN"), "log.csv"))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> ContextualReplayLog.parse(List.of("a,b,c"), "log.csv"))
        .hasMessage("log.csv: no logged rounds");
    assertThat(ContextualReplayEvaluation.run("linucb", log, 1).loggedRounds()).isEqualTo(2);
    ContextualBanditPolicy wrongDimension = ContextualBanditRegistry.createPolicy("linucb",
        new ContextualSetting(2, 3, 10), new java.util.SplittableRandom(1));
    assertThatThrownBy(() -> ContextualReplayEvaluation.run(wrongDimension, log))
        .hasMessage("the policy has 2 arms and dimension 3, the log 2 and 2");
  }
}
