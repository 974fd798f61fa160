package org.agora.learning.bandits.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.learning.bandits.BanditPolicy;
import org.agora.learning.bandits.policy.Ucb1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay evaluation (Li, Chu, Langford, Wang 2011) on logs of a uniform logging policy, and CSV errors. */
class ReplayEvaluationTest {

  /** A log of {@code rounds} uniform pulls of Bernoulli arms with the given means. */
  private static ReplayLog uniformLog(double[] means, int rounds, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] arms = new int[rounds];
    double[] rewards = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      arms[i] = random.nextInt(means.length);
      rewards[i] = random.nextDouble() < means[arms[i]] ? 1 : 0;
    }
    return new ReplayLog(arms, rewards, means.length);
  }

  @Test
  void replayEstimatesAFixedArmsMeanFromAboutOneRoundInK() {
    int rounds = 60_000;
    ReplayLog log = uniformLog(new double[] {0.2, 0.5, 0.8}, rounds, 3);
    BanditPolicy alwaysArmTwo = new BanditPolicy() {
      @Override
      public int armCount() {
        return 3;
      }

      @Override
      public void reset() {}

      @Override
      public int choose(long round) {
        return 2;
      }

      @Override
      public void update(int arm, double reward) {
        assertThat(arm).isEqualTo(2);
      }

      @Override
      public String describe() {
        return "arm 2";
      }
    };
    ReplayEvaluation.Result fixed = ReplayEvaluation.run(alwaysArmTwo, log);
    // Accepted rounds ~ Binomial(60000, 1/3): mean 20000, sd sqrt(60000 * 2/9) = 115; five sd = 577.
    assertThat(fixed.acceptedRounds()).isBetween(20_000L - 577, 20_000L + 577);
    // Unbiased under uniform logging: near 0.8 with sd sqrt(0.16 / 20000) = 0.0028; five sd = 0.014.
    assertThat(fixed.averageReward()).isCloseTo(0.8, within(0.014));
  }

  @Test
  void replayOfUcb1ApproachesTheBestArm() {
    ReplayLog log = uniformLog(new double[] {0.2, 0.5, 0.8}, 60_000, 4);
    ReplayEvaluation.Result result = ReplayEvaluation.run(new Ucb1(3, 2), log);
    assertThat(result.loggedRounds()).isEqualTo(60_000);
    assertThat(result.averageReward()).isBetween(0.7, 0.8 + 0.02);
    ReplayEvaluation.Result fromString = ReplayEvaluation.run("ucb1", log, 1);
    assertThat(fromString.acceptedRounds()).isEqualTo(result.acceptedRounds());
    assertThat(fromString.totalReward()).isEqualTo(result.totalReward());
    ReplayEvaluation.Result thompson = ReplayEvaluation.run("thompson", log, 1);
    assertThat(thompson.averageReward()).isBetween(0.7, 0.8 + 0.02);
  }

  @Test
  void readsCsvWithHeaderAndReportsBadLines(@TempDir Path directory) throws IOException {
    Path good = directory.resolve("log.csv");
    Files.writeString(good, "arm,reward\n0,1\n2,0.5\n\n1,0\n");
    ReplayLog log = ReplayLog.read(good);
    assertThat(log.rounds()).isEqualTo(3);
    assertThat(log.armCount()).isEqualTo(3);
    assertThat(log.arms()).containsExactly(0, 2, 1);
    assertThat(log.rewards()).containsExactly(1, 0.5, 0);
    List<String> lines = new ArrayList<>(List.of("0,1", "x,1"));
    assertThatThrownBy(() -> ReplayLog.parse(lines, "log.csv"))
        .hasMessage("log.csv line 2: expected an arm number and a reward, got 'x,1'");
    assertThatThrownBy(() -> ReplayLog.parse(List.of("0,1,2"), "log.csv"))
        .hasMessage("log.csv line 1: expected 'arm,reward', got '0,1,2'");
    assertThatThrownBy(() -> ReplayLog.parse(List.of("-1,1"), "log.csv"))
        .hasMessage("log.csv line 1: the arm must be >= 0 and the reward finite, got '-1,1'");
    assertThatThrownBy(() -> ReplayLog.parse(List.of("arm,reward"), "log.csv")).hasMessage("log.csv: no logged rounds");
  }
}
